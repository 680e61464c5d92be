package org.litlod.server.query;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code REGEX} with Jena's semantics (Java regular expressions, flags {@code smixq}),
 * matched over {@link CancellableText} so that it stops when the query is cancelled.
 */
final class CancellableRegex extends E_Regex {
    private final Pattern constant;

    CancellableRegex(Expr text, Expr pattern, Expr flags) {
        super(text, pattern, flags);
        this.constant = pattern.isConstant() && pattern.getConstant().isString() && (flags == null || flags.isConstant())
                ? compile(pattern.getConstant(), flags == null ? null : flags.getConstant()) : null;
    }

    private static Pattern compile(NodeValue pattern, NodeValue flags) {
        E_Regex.makeRegexEngine(pattern, flags); // Jena's checks of the pattern and the flags
        return RegexEngine.makePattern("REGEX", pattern.getString(), flags == null ? null : flags.getString());
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        String text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
        Pattern p = constant != null ? constant : compile(args.get(1), args.size() > 2 ? args.get(2) : null);
        return NodeValue.booleanReturn(p.matcher(RegexInput.of(text, env)).find());
    }

    @Override
    public Expr copy(ExprList args) {
        return new CancellableRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
    }
}
