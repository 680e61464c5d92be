package org.litlod.cmd;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where a standard stream leads decides whether it gets cursor codes and binary data. */
class TerminalTest {

    @Test
    void terminalDevicesAreTerminals() {
        assertTrue(Terminal.isTerminalDevice("/dev/pts/3"));
        assertTrue(Terminal.isTerminalDevice("/dev/tty1"));
    }

    @Test
    void filesAndPipesAreNot() {
        assertFalse(Terminal.isTerminalDevice("/var/log/litlod.log"));
        assertFalse(Terminal.isTerminalDevice("pipe:[123456]"));
        assertFalse(Terminal.isTerminalDevice("/dev/null"));
    }

    @Test
    void theStreamsOfATestRunAreNotTerminals() {
        assertFalse(Terminal.standardOutput());
        assertFalse(Terminal.standardError());
    }
}
