using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Json.Schema;
using OfficeTools.Documents.Batch;
using OfficeTools.Documents.Catalogue;
using OfficeTools.Documents.Ledger;
using OfficeTools.Testing;

namespace OfficeTools.Documents.Tests;

/// <summary>index.json of the sample batch against Templates/schema/index.schema.json, and that schema against the index records.</summary>
public class IndexSchemaTests(BatchFixture run) : IClassFixture<BatchFixture>
{
    static readonly string SchemaPath = RepoPaths.Of("Templates", "schema", "index.schema.json");
    // The library registers a schema by its $id globally, so it is built once per test run.
    static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));
    static readonly JsonObject Root = JsonNode.Parse(File.ReadAllText(SchemaPath))!.AsObject();

    string IndexPath => Path.Combine(run.Output, BatchIndex.FileName);

    static string Problems(EvaluationResults result) => string.Join("\n", (result.Details ?? []).Where(d => d.Errors != null)
        .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    [Fact]
    public void Written_index_is_valid_against_the_published_schema()
    {
        Assert.True(run.Result.Success, string.Join("\n", run.Result.Errors));
        using var doc = JsonDocument.Parse(File.ReadAllText(IndexPath));
        var result = Schema.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, Problems(result));
    }

    [Fact]
    public void Index_reads_back_typed_and_writes_the_same_bytes()
    {
        var (index, error) = BatchIndexJson.Read(IndexPath);
        Assert.Null(error);
        Assert.Equal(Sample.Units.Count, index!.Units.Count);
        Assert.Equal(index.Summary.Forms, index.Files.Count(f => f.Type == DocumentKind.Form));
        using var again = new MemoryStream();
        BatchIndexJson.Write(again, index);
        Assert.Equal(File.ReadAllBytes(IndexPath), again.ToArray());
    }

    [Theory]
    [InlineData("\"type\": \"form\"", "\"type\": \"letter\"")]
    [InlineData("\"pdf\": false", "\"pdf\": \"no\"")]
    [InlineData("\"ledger\": \"ledger.json\"", "\"ledger\": null")]
    public void Schema_and_reader_both_refuse_a_broken_index(string from, string to)
    {
        var json = File.ReadAllText(IndexPath);
        Assert.Contains(from, json, StringComparison.Ordinal);
        var broken = json.Replace(from, to, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(broken);
        Assert.False(Schema.Value.Evaluate(doc.RootElement).IsValid);
        var path = Path.Combine(Path.GetDirectoryName(run.Output)!, "broken-index.json");
        File.WriteAllText(path, broken);
        var (index, error) = BatchIndexJson.Read(path);
        Assert.Null(index);
        Assert.StartsWith(path + ": ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_record_property_is_in_the_schema_and_every_schema_property_in_a_record()
    {
        var problems = new List<string>();
        Agree(typeof(BatchIndex), Root, "index", problems);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Schema_enums_are_the_catalogue_and_the_unit_kinds()
    {
        var file = Def("file")["properties"]!;
        // the index lists a round's documents: the 催办通知 of remind are not in it
        Assert.Equal([.. DocumentCatalogue.Round.Select(t => t.Kind).Distinct().Select(k => JsonSerializer.Serialize(k, BatchIndexJson.Context.DocumentKind).Trim('"'))],
            Strings(file["type"]!["enum"]!));
        Assert.Equal([.. DocumentCatalogue.Round.Select(t => t.Template)], Strings(file["template"]!["enum"]!));
        Assert.Equal(UnitKinds.All, Strings(Def("unit")["properties"]!["kind"]!["enum"]!));
    }

    static readonly Ledger.Ledger Sample = TestLedgers.LoadOk(TestLedgers.SampleJson);

    static JsonObject Def(string name) => Root["$defs"]![name]!.AsObject();

    static List<string> Strings(JsonNode array) => [.. array.AsArray().Select(n => n!.GetValue<string>())];

    // Walks a record's serializer metadata and its schema object side by side, into nested records and lists of them.
    static void Agree(Type type, JsonObject schema, string where, List<string> problems)
    {
        var info = BatchIndexJson.Context.GetTypeInfo(type)!;
        var properties = schema["properties"]!.AsObject();
        var required = Strings(schema["required"]!);
        if (schema["additionalProperties"]?.GetValue<bool>() != false) problems.Add($"{where}: the schema allows other properties");
        foreach (var p in info.Properties)
        {
            var at = $"{where}.{p.Name}";
            if (!properties.TryGetPropertyValue(p.Name, out var node)) { problems.Add($"{at}: not in the schema"); continue; }
            if (!required.Contains(p.Name)) problems.Add($"{at}: always written but not required by the schema");
            if (p.IsGetNullable != AllowsNull(node!)) problems.Add($"{at}: the record {(p.IsGetNullable ? "allows" : "refuses")} null, the schema does not agree");
            if (RecordOf(p.PropertyType) is { } nested) Agree(nested, Resolve(node!), at, problems);
        }
        foreach (var (name, _) in properties)
            if (info.Properties.All(p => p.Name != name)) problems.Add($"{where}.{name}: in the schema but not in the record");
    }

    static Type? RecordOf(Type t)
    {
        if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)) t = t.GetGenericArguments()[0];
        return t.IsClass && t != typeof(string) && t.Namespace == typeof(BatchIndex).Namespace ? t : null;
    }

    static JsonObject Resolve(JsonNode node)
    {
        var o = node.AsObject();
        if (o["$ref"] is { } r) return Resolve(Def(r.GetValue<string>().Replace("#/$defs/", "", StringComparison.Ordinal)));
        if (o["anyOf"] is JsonArray any) return Resolve(any.First(b => b!["type"]?.ToString() != "null")!);
        if (o["items"] is { } items) return Resolve(items);
        return o;
    }

    static bool AllowsNull(JsonNode node)
    {
        var o = node.AsObject();
        if (o["anyOf"] is JsonArray any) return any.Any(b => AllowsNull(b!));
        return o["type"] switch
        {
            JsonArray types => types.Any(t => t!.GetValue<string>() == "null"),
            JsonValue v => v.GetValue<string>() == "null",
            _ => false,
        };
    }
}
