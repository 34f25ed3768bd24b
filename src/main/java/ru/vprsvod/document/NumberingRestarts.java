package ru.vprsvod.document;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.wml.Lvl;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.Style;

/**
 * «| нумерация_заново»: each repetition of a block gets its own copy of every list in it, a new
 * {@code w:num} over the same {@code w:abstractNum} with {@code lvlOverride/startOverride} on every level,
 * so numbering starts again at 1. Without the option a repeated list simply keeps counting.
 *
 * <p>docx4j has NumberingDefinitionsPart.restart, but it numbers the new list «count of lists + 1», which
 * collides with an existing list when the numbers have gaps, and it restarts a single level only.
 */
final class NumberingRestarts {

    private static final int LEVELS = 9;

    private final Numbering numbering;
    private final StyleDefinitionsPart styles;
    private long nextId;

    NumberingRestarts(WordprocessingMLPackage pkg) {
        NumberingDefinitionsPart part = pkg.getMainDocumentPart().getNumberingDefinitionsPart();
        this.numbering = part == null ? null : part.getJaxbElement();
        this.styles = pkg.getMainDocumentPart().getStyleDefinitionsPart();
        long highest = 0;
        if (numbering != null) {
            for (Numbering.Num num : numbering.getNum()) {
                if (num.getNumId() != null) {
                    highest = Math.max(highest, num.getNumId().longValue());
                }
            }
        }
        nextId = highest + 1;
    }

    void restart(List<Object> produced) {
        if (numbering == null) {
            return;
        }
        Map<BigInteger, BigInteger> renumbered = new HashMap<>();
        Tree.walk(produced, (node, parent, item) -> {
            if (node instanceof P p) {
                restart(p, renumbered);
            }
        });
    }

    private void restart(P p, Map<BigInteger, BigInteger> renumbered) {
        PPrBase.NumPr direct = p.getPPr() == null ? null : p.getPPr().getNumPr();
        PPrBase.NumPr numPr = direct != null && direct.getNumId() != null ? direct : fromStyle(p);
        if (numPr == null || numPr.getNumId() == null || numPr.getNumId().getVal() == null
                || numPr.getNumId().getVal().signum() == 0) {
            return;
        }
        BigInteger old = numPr.getNumId().getVal();
        BigInteger fresh = renumbered.computeIfAbsent(old, this::copyOf);
        if (fresh == null) {
            return;
        }
        if (p.getPPr() == null) {
            p.setPPr(Docx.WML.createPPr());
        }
        PPr pPr = p.getPPr();
        PPrBase.NumPr own = Docx.WML.createPPrBaseNumPr();
        PPrBase.NumPr.Ilvl ilvl = Docx.WML.createPPrBaseNumPrIlvl();
        ilvl.setVal(numPr.getIlvl() != null && numPr.getIlvl().getVal() != null ? numPr.getIlvl().getVal() : BigInteger.ZERO);
        own.setIlvl(ilvl);
        PPrBase.NumPr.NumId numId = Docx.WML.createPPrBaseNumPrNumId();
        numId.setVal(fresh);
        own.setNumId(numId);
        pPr.setNumPr(own);
    }

    /** A new list over the same definition, starting again on every level; null if the list is unknown. */
    private BigInteger copyOf(BigInteger numId) {
        Numbering.Num original = null;
        for (Numbering.Num num : numbering.getNum()) {
            if (numId.equals(num.getNumId())) {
                original = num;
            }
        }
        if (original == null || original.getAbstractNumId() == null) {
            return null;
        }
        Numbering.Num copy = XmlUtils.deepCopy(original);
        BigInteger id = BigInteger.valueOf(nextId++);
        copy.setNumId(id);
        Numbering.AbstractNum definition = abstractNum(original.getAbstractNumId().getVal());
        for (int level = 0; level < LEVELS; level++) {
            BigInteger ilvl = BigInteger.valueOf(level);
            Numbering.Num.LvlOverride override = null;
            for (Numbering.Num.LvlOverride existing : copy.getLvlOverride()) {
                if (ilvl.equals(existing.getIlvl())) {
                    override = existing;
                }
            }
            if (override == null) {
                override = Docx.WML.createNumberingNumLvlOverride();
                override.setIlvl(ilvl);
                copy.getLvlOverride().add(override);
            }
            if (override.getStartOverride() == null) {
                Numbering.Num.LvlOverride.StartOverride start = Docx.WML.createNumberingNumLvlOverrideStartOverride();
                start.setVal(startOf(definition, level));
                override.setStartOverride(start);
            }
        }
        numbering.getNum().add(copy);
        return id;
    }

    private Numbering.AbstractNum abstractNum(BigInteger id) {
        for (Numbering.AbstractNum definition : numbering.getAbstractNum()) {
            if (id != null && id.equals(definition.getAbstractNumId())) {
                return definition;
            }
        }
        return null;
    }

    private static BigInteger startOf(Numbering.AbstractNum definition, int level) {
        if (definition != null) {
            for (Lvl lvl : definition.getLvl()) {
                if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level && lvl.getStart() != null
                        && lvl.getStart().getVal() != null) {
                    return lvl.getStart().getVal();
                }
            }
        }
        return BigInteger.ONE;
    }

    /** Numbering that comes from the paragraph style (e.g. «Нумерованный список»), following basedOn. */
    private PPrBase.NumPr fromStyle(P p) {
        if (styles == null || styles.getJaxbElement() == null || p.getPPr() == null || p.getPPr().getPStyle() == null) {
            return null;
        }
        String styleId = p.getPPr().getPStyle().getVal();
        for (int hops = 0; hops < 20 && styleId != null; hops++) {
            Style style = null;
            for (Style candidate : styles.getJaxbElement().getStyle()) {
                if (styleId.equals(candidate.getStyleId())) {
                    style = candidate;
                }
            }
            if (style == null) {
                return null;
            }
            if (style.getPPr() != null && style.getPPr().getNumPr() != null && style.getPPr().getNumPr().getNumId() != null) {
                return style.getPPr().getNumPr();
            }
            styleId = style.getBasedOn() == null ? null : style.getBasedOn().getVal();
        }
        return null;
    }
}
