using System.CommandLine;

namespace OfficeTools.Cli;

/// <summary>Exit codes of officetools (the contract scripts rely on).</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;
    /// <summary>Errors in the template or the data (each reported on stderr with its location).</summary>
    public const int InputErrors = 1;
    /// <summary>Wrong usage: unknown command or option, missing argument.</summary>
    public const int Usage = 2;
}

/// <summary>Parses, maps parse errors to exit code 2, and turns unexpected exceptions into one line and exit code 1.</summary>
public static class CliRunner
{
    /// <summary>Runs <paramref name="root"/> with <paramref name="args"/>; commands write to <paramref name="output"/> and <paramref name="error"/>.</summary>
    public static int Run(RootCommand root, string[] args, TextWriter output, TextWriter error)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is System.CommandLine.Invocation.ParseErrorAction)
        {
            foreach (var e in parse.Errors) error.WriteLine($"officetools: {e.Message}");
            var command = parse.CommandResult.Command;
            foreach (var token in parse.UnmatchedTokens)
                if (Suggestions.Nearest(token, command) is { } near) error.WriteLine($"officetools: did you mean '{near}'?");
            error.WriteLine($"Run '{Suggestions.PathOf(parse.CommandResult)} --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (Unwrap(e) is { } io && OfficeTools.Data.IoFailure.Is(io))
        {
            // A file operation no command anticipated: still a reason a person can act on, with the system's message naming the file.
            error.WriteLine($"officetools: error: {OfficeTools.Data.IoFailure.Reason(io)}: {io.Message}");
            if (Environment.GetEnvironmentVariable("OFFICETOOLS_DEBUG") == "1") error.WriteLine(e);
            return ExitCodes.InputErrors;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine($"officetools: unexpected error: {e.Message}");
            if (Environment.GetEnvironmentVariable("OFFICETOOLS_DEBUG") == "1") error.WriteLine(e);
            else error.WriteLine("(set OFFICETOOLS_DEBUG=1 to see the details)");
            return ExitCodes.InputErrors;
        }
    }

    static Exception Unwrap(Exception e) => e is AggregateException { InnerExceptions.Count: 1 } a ? Unwrap(a.InnerExceptions[0]) : e;
}
