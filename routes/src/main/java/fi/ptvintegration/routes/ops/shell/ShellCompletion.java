package fi.ptvintegration.routes.ops.shell;

import org.apache.karaf.shell.api.console.CommandLine;

/** What the completers share: the part of the argument typed before the cursor, and quoting for the shell. */
final class ShellCompletion {

    private ShellCompletion() {}

    /** The argument under the cursor, up to the cursor; empty at a new argument. */
    static String typed(CommandLine commandLine) {
        String argument = commandLine.getCursorArgument();
        if (argument == null) {
            return "";
        }
        int position = Math.max(0, Math.min(commandLine.getArgumentPosition(), argument.length()));
        return argument.substring(0, position);
    }

    /** The value in single quotes, with a single quote inside written as the shell reads it back. */
    static String quoted(String value) {
        return "'" + value.replace("'", "\\'") + "'";
    }
}
