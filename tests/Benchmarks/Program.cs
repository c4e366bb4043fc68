using OfficeTools.Benchmarks;

// Not run in CI: `dotnet run -c Release --project tests/Benchmarks -- [inproc N | memory N1 N2 | csv ROWS | pdf PAIRS | all]`.
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
