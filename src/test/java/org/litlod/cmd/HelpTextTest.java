package org.litlod.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code --help} texts of every command in one style: sentences, capitalised, ending with a period. */
class HelpTextTest {

    private static List<CommandSpec> allCommands() {
        List<CommandSpec> out = new ArrayList<>();
        collect(new CommandLine(new Main()), out);
        return out;
    }

    private static void collect(CommandLine cl, List<CommandSpec> out) {
        out.add(cl.getCommandSpec());
        cl.getSubcommands().values().forEach(sub -> collect(sub, out));
    }

    @Test
    void everyCommandAndOptionDescriptionIsASentence() {
        List<String> offending = new ArrayList<>();
        for (CommandSpec c : allCommands()) {
            check(c.qualifiedName(), String.join(" ", c.usageMessage().description()), offending);
            for (ArgSpec a : c.args()) {
                String name = a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel();
                check(c.qualifiedName() + " " + name, String.join(" ", a.description()), offending);
            }
        }
        assertEquals(List.of(), offending);
    }

    private static void check(String where, String text, List<String> offending) {
        if (text.isEmpty() || !Character.isUpperCase(text.codePointAt(0)) || !text.endsWith(".")) {
            offending.add(where + ": " + text);
        }
    }

    @Test
    void loadAndConvertSayWhatTheBaseIsFor() {
        CommandLine litlod = new CommandLine(new Main());
        for (String verb : List.of("load", "convert", "serve")) {
            String base = String.join(" ", litlod.getSubcommands().get(verb).getCommandSpec().findOption("--base")
                    .description());
            assertTrue(base.contains("documents and entities") && base.contains("minted"), verb + ": " + base);
        }
        String load = String.join(" ", litlod.getSubcommands().get("load").getCommandSpec().findOption("--base")
                .description());
        assertTrue(load.contains("stored"), load);
        String convert = String.join(" ", litlod.getSubcommands().get("convert").getCommandSpec().findOption("--base")
                .description());
        assertTrue(convert.contains("output"), convert);
    }
}
