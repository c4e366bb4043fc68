using System.CommandLine;
using OfficeTools.Cli.Commands;

namespace OfficeTools.Cli;

/// <summary>The officetools entry point: builds the command tree and runs it.</summary>
public static class Program
{
    /// <summary>Every command of officetools, one line each.</summary>
    public static RootCommand BuildRoot() => new("OfficeTools: Chinese official documents in Word from structured data.")
    {
        RenderCommand.Create(),
        FieldsCommand.Create(),
        LintCommand.Create(),
        CheckCommand.Create(),
        BatchCommand.Create(),
        PublishCommand.Create(),
        SetupCommand.Create(),
        CollectCommand.Create(),
        VerifyCommand.Create(),
        ExportCommand.Create(),
        RemindCommand.Create(),
        SampleCommand.Create(),
        ImportCommand.Create(),
        OutcomesCommand.Create(),
    };

    /// <summary>Runs officetools with <paramref name="args"/>, writing to the given streams; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => CliRunner.Run(BuildRoot(), args, output, error);

    /// <summary>The process entry point.</summary>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);
}
