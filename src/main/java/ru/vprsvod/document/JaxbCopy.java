package ru.vprsvod.document;

import jakarta.xml.bind.JAXBElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.docx4j.XmlUtils;
import org.jvnet.jaxb2_commons.ppp.Child;

/**
 * A deep copy of docx4j's JAXB objects field by field, for the rows and paragraphs a loop repeats.
 * docx4j's {@code XmlUtils.deepCopy} writes the object out as XML and reads it back: about a millisecond a
 * table row, most of a region's analytical report (7,000+ rows) went into it, and every copy got its own
 * {@code BigInteger} for each {@code w:sz}. Here values that never change once made (strings, numbers, enums)
 * are shared, every JAXB object and list is new, and each copy's {@code parent} points at its new container, as
 * after docx4j's own copy. Anything that is not a JAXB object of docx4j's model (a DOM element of unknown
 * markup, say) is still copied docx4j's way, so the result is the same whatever the template holds.
 */
final class JaxbCopy {

    /** The fields of each class to copy, superclasses included; found once. */
    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private JaxbCopy() {
    }

    /** Met a value this copy does not know how to copy: the item is then copied docx4j's way, whole. */
    private static final class Unknown extends RuntimeException {
        Unknown() {
            super(null, null, false, false);
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T of(T item) {
        try {
            return (T) copy(item, null);
        } catch (Unknown e) {
            return XmlUtils.deepCopy(item);
        }
    }

    /**
     * Formatting values the engine never changes after a template is read (a font size, spacing, alignment, a
     * cell width, the paragraph mark's run formatting): every copy of a row may point to the same one. A region's
     * analytical report repeats them 130,000 times, and sharing them is what lets that report be made in 256 MB
     * (bench/README.md). Whatever the engine does change (paragraph properties for numbering, drawings, ids)
     * is not in this list and is copied.
     */
    private static final java.util.Set<Class<?>> SHARED = java.util.Set.of(org.docx4j.wml.HpsMeasure.class,
            org.docx4j.wml.PPrBase.Spacing.class, org.docx4j.wml.Jc.class, org.docx4j.wml.TblWidth.class,
            org.docx4j.wml.BooleanDefaultTrue.class, org.docx4j.wml.RFonts.class, org.docx4j.wml.Color.class,
            org.docx4j.wml.CTLanguage.class, org.docx4j.wml.ParaRPr.class, org.docx4j.wml.CTShd.class,
            org.docx4j.wml.PPrBase.Ind.class, org.docx4j.wml.CTVerticalJc.class);

    private static Object copy(Object value, Object parent) {
        if (value == null || immutable(value) || SHARED.contains(value.getClass())) {
            return value;
        }
        if (value instanceof JAXBElement<?> element) {
            return element(element, parent);
        }
        if (!isModel(value.getClass())) {
            if (value instanceof org.w3c.dom.Node node) {
                return node.cloneNode(true);
            }
            if (value instanceof javax.xml.datatype.XMLGregorianCalendar date) {
                return date.clone();
            }
            if (value instanceof Map<?, ?> map) {
                return new java.util.HashMap<>(map); // otherAttributes: QName → String, both immutable
            }
            if (value instanceof byte[] bytes) {
                return bytes.clone();
            }
            throw new Unknown();
        }
        Object copy = instantiate(value.getClass());
        for (Field field : fields(value.getClass())) {
            try {
                Object v = field.get(value);
                if (field.getName().equals("parent") && copy instanceof Child) {
                    field.set(copy, parent);
                } else if (v instanceof List<?> list) {
                    field.set(copy, list(list, copy));
                } else {
                    field.set(copy, copy(v, copy));
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot copy " + field, e);
            }
        }
        return copy;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object element(JAXBElement<?> element, Object parent) {
        JAXBElement copy = new JAXBElement(element.getName(), element.getDeclaredType(), element.getScope(),
                copy(element.getValue(), parent));
        copy.setNil(element.isNil());
        return copy;
    }

    private static List<Object> list(List<?> list, Object owner) {
        List<Object> copy = list instanceof org.docx4j.wml.ArrayListWml<?> ? new org.docx4j.wml.ArrayListWml<>(owner)
                : new ArrayList<>(list.size());
        for (Object item : list) {
            copy.add(copy(item, owner));
        }
        return copy;
    }

    private static boolean immutable(Object value) {
        return value instanceof String || value instanceof BigInteger || value instanceof BigDecimal || value instanceof Boolean
                || value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof Double || value instanceof Float || value instanceof Character || value instanceof Enum<?>
                || value instanceof javax.xml.namespace.QName;
    }

    /** docx4j's generated model: plain beans with a no-argument constructor and fields JAXB fills. */
    private static boolean isModel(Class<?> type) {
        String name = type.getName();
        return (name.startsWith("org.docx4j.") || name.startsWith("org.jvnet.") || name.startsWith("org.opendope."))
                && !type.isArray() && constructor(type) != null;
    }

    private static Constructor<?> constructor(Class<?> type) {
        return CONSTRUCTORS.computeIfAbsent(type, t -> {
            try {
                Constructor<?> c = t.getDeclaredConstructor();
                c.setAccessible(true);
                return c;
            } catch (NoSuchMethodException | RuntimeException e) {
                return null;
            }
        });
    }

    private static Object instantiate(Class<?> type) {
        try {
            return constructor(type).newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy a " + type.getName(), e);
        }
    }

    private static List<Field> fields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, t -> {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers())) {
                        f.setAccessible(true);
                        fields.add(f);
                    }
                }
            }
            return List.copyOf(fields);
        });
    }
}
