package org.litlod.cmd;

import java.util.Collection;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The usage error {@value #ID} for an option value that is not one of the accepted ones: it
 * names the option, the value given and every value accepted.
 */
final class UnknownValue {
    static final String ID = "LITLOD-CLI-002";

    private UnknownValue() {
    }

    static ParameterException of(CommandSpec spec, String option, String value, Collection<String> accepted) {
        return new ParameterException(spec.commandLine(), ID + " " + option + ": unknown value '" + value
                + "' (accepted: " + String.join(", ", accepted) + ")");
    }
}
