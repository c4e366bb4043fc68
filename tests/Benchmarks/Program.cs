using OfficeTools.Benchmarks;

// Not run in CI: `dotnet run -c Release --project tests/Benchmarks -- [inproc N | memory N1 N2 | batch UNITS… | batch-probe LEDGER | submit CLIENTS SECONDS | csv ROWS | pdf PAIRS | all]`.
var mode = args.Length > 0 ? args[0] : "all";
var paths = BenchPaths.Find();
switch (mode)
{
    case "inproc":
        InProcessBench.Run(paths, args.Length > 1 ? int.Parse(args[1]) : 1000);
        break;
    case "memory":
        MemoryBench.Run(paths, args.Length > 1 ? int.Parse(args[1]) : 1000, args.Length > 2 ? int.Parse(args[2]) : 20000);
        break;
    case "batch":
        BatchBench.Run(paths, args.Length > 1 ? [.. args.Skip(1).Select(int.Parse)] : [1000, 5000, 20000]);
        break;
    case "batch-run":
        BatchBench.RunOne(args[1], args[2]);
        break;
    case "batch-probe":
        BatchProbe.Run(args[1]);
        break;
    case "submit":
        SubmitBench.Run(paths, args.Length > 1 ? int.Parse(args[1]) : 50, args.Length > 2 ? int.Parse(args[2]) : 20);
        break;
    case "csv":
        CsvBench.Run(args.Length > 1 ? int.Parse(args[1]) : 200_000);
        break;
    case "pdf":
        PdfBench.Run(paths, args.Length > 1 ? int.Parse(args[1]) : 3);
        break;
    default:
        InProcessBench.Run(paths, 1000);
        MemoryBench.Run(paths, 1000, 20000);
        break;
}
