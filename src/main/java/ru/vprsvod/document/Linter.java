package ru.vprsvod.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a template's tags against a {@link DataSchema}: the same questions rendering asks of real data
 * («is there such a field? is this a list?»), asked of the shape of the data, with the same wording.
 * Where the schema knows nothing (a null or an empty list in the sample) everything is allowed.
 */
final class Linter {

    private final Plan plan;
    private final Shape.Fields root;
    private final Problems problems;
    private final Map<Integer, Shape> elements = new HashMap<>();
    /** Problems by tag number, so they come out in document order whichever pass found them. */
    private final java.util.TreeMap<Integer, List<ValueError>> found = new java.util.TreeMap<>();

    private Linter(Plan plan, DataSchema schema, Problems problems) {
        this.plan = plan;
        this.root = schema.root();
        this.problems = problems;
    }

    static void lint(Plan plan, DataSchema schema, Problems problems) {
        Linter linter = new Linter(plan, schema, problems);
        linter.loops();
        linter.tags();
        linter.found.forEach((id, errors) -> errors.forEach(error ->
                problems.add(plan.tag(id), error.getMessage(), error.suggestion(), "")));
    }

    /** What each loop variable is: loops are resolved outermost first, as their scopes grow. */
    private void loops() {
        List<BlockSite> loops = new ArrayList<>();
        for (BlockSite block : plan.blocks()) {
            if (block.kind() == Tag.BlockKind.EACH) {
                loops.add(block);
            }
        }
        loops.sort(Comparator.comparingInt(b -> plan.tag(b.open()).scope().size()));
        for (BlockSite block : loops) {
            TagSite site = plan.tag(block.open());
            Tag.Each each = (Tag.Each) site.tag();
            Shape element = Shape.UNKNOWN;
            try {
                Shape list = resolve(each.list(), site);
                if (list instanceof Shape.ListOf of) {
                    element = of.element();
                } else if (!(list instanceof Shape.Unknown || list instanceof Shape.Empty)) {
                    throw Messages.notList(each.list().text(), Shape.describe(list));
                }
            } catch (ValueError error) {
                report(site, error);
            }
            elements.put(block.id(), element);
        }
    }

    private void tags() {
        for (TagSite site : plan.tags()) {
            try {
                if (site.tag() instanceof Tag.Value value) {
                    if (site.picture()) {
                        picture(value, site);
                    } else {
                        value(value, site);
                    }
                } else if (site.tag() instanceof Tag.If condition) {
                    condition(condition.condition(), site);
                }
            } catch (ValueError error) {
                report(site, error);
            }
        }
    }

    private void picture(Tag.Value value, TagSite site) {
        Shape shape;
        try {
            shape = shapeOf(value.expr(), site);
        } catch (ValueError.Absent absent) {
            if (value.has(Filter.OPTIONAL)) {
                return;
            }
            throw absent;
        }
        if (Shape.mayBeEmpty(shape) && !value.has(Filter.OPTIONAL) && !guarded(Expr.show(value.expr()), site)) {
            throw Messages.mayBeEmpty(Expr.show(value.expr()), "| пусто");
        }
        if (!(shape instanceof Shape.Unknown || shape instanceof Shape.Empty)
                && !(shape instanceof Shape.Scalar s && s.kind() == ValueKind.PICTURE)) {
            throw Messages.notPicture(Expr.show(value.expr()), Shape.describe(shape));
        }
    }

    private void value(Tag.Value value, TagSite site) {
        String path = Expr.show(value.expr());
        Shape shape;
        try {
            shape = shapeOf(value.expr(), site);
        } catch (ValueError.Absent absent) {
            if (value.has(Filter.OPTIONAL) || value.has(Filter.DEFAULT)) {
                return;
            }
            throw absent;
        }
        if (Shape.mayBeEmpty(shape) && !value.has(Filter.OPTIONAL) && !value.has(Filter.DEFAULT) && !guarded(path, site)) {
            throw Messages.mayBeEmpty(path, "| пусто или | по_умолчанию:\"—\"");
        }
        for (FilterCall call : value.filters()) {
            shape = filtered(call.filter(), shape, path);
        }
        printable(shape, path);
    }

    private static Shape filtered(Filter filter, Shape shape, String path) {
        ValueKind kind = shape instanceof Shape.Scalar s ? s.kind() : null;
        boolean unknown = shape instanceof Shape.Unknown || shape instanceof Shape.Empty;
        Shape text = new Shape.Scalar(ValueKind.STRING);
        switch (filter) {
            case OPTIONAL, DEFAULT:
                return shape;
            case DATE, DATE_IN_WORDS:
                if (!unknown && kind != ValueKind.DATE) {
                    throw Messages.filterNeeds(filter, "дате", path, Shape.describe(shape));
                }
                return text;
            case NUMBER, PERCENT:
                if (!unknown && kind != ValueKind.NUMBER) {
                    throw Messages.filterNeeds(filter, "числу", path, Shape.describe(shape));
                }
                return text;
            case PLURAL:
                if (!unknown && kind != ValueKind.NUMBER && !(shape instanceof Shape.ListOf)) {
                    throw Messages.filterNeeds(filter, "числу", path, Shape.describe(shape));
                }
                return text;
            case COUNT:
                if (!unknown && !(shape instanceof Shape.ListOf)) {
                    throw Messages.filterNeeds(filter, "списку", path, Shape.describe(shape));
                }
                return new Shape.Scalar(ValueKind.NUMBER);
            default:
                printable(shape, path);
                return text;
        }
    }

    private static void printable(Shape shape, String path) {
        if (shape instanceof Shape.ListOf) {
            throw Messages.listAsText(path);
        }
        if (shape instanceof Shape.Fields fields) {
            throw Messages.fieldsAsText(path, fields.fields().keySet());
        }
        if (shape instanceof Shape.Scalar s && s.kind() == ValueKind.PICTURE) {
            throw Messages.pictureAsText(path);
        }
    }

    /** Whether the tag stands where a condition on the same value has already said it is not empty. */
    private boolean guarded(String path, TagSite site) {
        for (int id : site.scope()) {
            BlockSite block = plan.block(id);
            if (block.kind() == Tag.BlockKind.IF && (block.elseTag() < 0 || site.id() < block.elseTag())
                    && requires(((Tag.If) plan.tag(block.open()).tag()).condition(), path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the condition checks the value before it is printed: the same path, or another field of the same object
     * ({@code {{#если признаки.пики.есть}} … {{ признаки.пики.работы }}}: the data says which fields go together).
     */
    private static boolean requires(Expr condition, String path) {
        if (condition instanceof Expr.Path p) {
            String tested = Expr.show(p);
            return tested.equals(path) || tested.contains(".") && path.contains(".")
                    && tested.substring(0, tested.lastIndexOf('.')).equals(path.substring(0, path.lastIndexOf('.')));
        }
        if (condition instanceof Expr.And and) {
            return requires(and.left(), path) || requires(and.right(), path);
        }
        return false;
    }

    private void condition(Expr expr, TagSite site) {
        if (expr instanceof Expr.Path path) {
            resolve(path, site);
        } else if (expr instanceof Expr.Not not) {
            condition(not.operand(), site);
        } else if (expr instanceof Expr.And and) {
            condition(and.left(), site);
            condition(and.right(), site);
        } else if (expr instanceof Expr.Or or) {
            condition(or.left(), site);
            condition(or.right(), site);
        } else if (expr instanceof Expr.Compare compare) {
            condition(compare.left(), site);
            condition(compare.right(), site);
        }
    }

    private Shape shapeOf(Expr expr, TagSite site) {
        if (expr instanceof Expr.Path path) {
            return resolve(path, site);
        }
        if (expr instanceof Expr.LoopNumber) {
            return new Shape.Scalar(ValueKind.NUMBER);
        }
        if (expr instanceof Expr.Literal literal) {
            return new Shape.Scalar(ValueKind.of(literal.value()));
        }
        condition(expr, site);
        return new Shape.Scalar(ValueKind.BOOLEAN);
    }

    /** The shape at the end of a path, seen from a tag inside its loops. */
    private Shape resolve(Expr.Path path, TagSite site) {
        List<String> names = path.names();
        String first = names.get(0);
        Shape current = null;
        Set<String> starts = new LinkedHashSet<>();
        List<Integer> scope = site.scope();
        for (int i = scope.size() - 1; i >= 0; i--) {
            BlockSite block = plan.block(scope.get(i));
            if (block.kind() == Tag.BlockKind.EACH) {
                String variable = ((Tag.Each) plan.tag(block.open()).tag()).variable();
                starts.add(variable);
                if (current == null && variable.equals(first)) {
                    current = elements.getOrDefault(block.id(), Shape.UNKNOWN);
                }
            }
        }
        starts.addAll(root.fields().keySet());
        if (current == null) {
            current = root.fields().get(first);
            if (current == null) {
                throw Messages.noField(first, null, starts);
            }
        }
        String sofar = first;
        for (String name : names.subList(1, names.size())) {
            if (current instanceof Shape.Unknown || current instanceof Shape.Empty) {
                return current;
            }
            if (!(current instanceof Shape.Fields fields)) {
                throw Messages.notFields(sofar, Shape.describe(current), name);
            }
            current = fields.fields().get(name);
            if (current == null) {
                throw Messages.noField(name, sofar, fields.fields().keySet());
            }
            sofar = sofar + "." + name;
        }
        return current;
    }

    private void report(TagSite site, ValueError error) {
        found.computeIfAbsent(site.id(), id -> new ArrayList<>()).add(error);
    }
}
