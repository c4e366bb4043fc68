using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace OfficeTools.Documents.Batch;

/// <summary>Writes and reads index.json with a source-generated serializer (no reflection, so trimmed builds work).</summary>
public static class BatchIndexJson
{
    /// <summary>The serializer metadata of the index records, as written: snake_case names, nulls kept, Chinese as is, indented.</summary>
    public static IndexJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    });

    /// <summary>Writes <paramref name="index"/> to <paramref name="stream"/>, ending with a newline.</summary>
    public static void Write(Stream stream, BatchIndex index)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonSerializer.Serialize(stream, index, Context.BatchIndex);
        stream.WriteByte((byte)'\n');
    }

    /// <summary>
    /// Writes an index whose files and units are made one at a time as they are written (a batch of a province's units
    /// never holds them all): the same bytes as <see cref="Write"/> of the whole index.
    /// </summary>
    internal static void Write(Stream stream, string ledger, IndexedCampaign campaign, IndexSummary summary,
        IEnumerable<IndexedFile> files, IEnumerable<IndexedUnit> units)
    {
        var options = Context.Options;
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = options.WriteIndented, Encoder = options.Encoder, NewLine = options.NewLine }))
        {
            string Name(string property) => options.PropertyNamingPolicy!.ConvertName(property);
            w.WriteStartObject();
            w.WriteString(Name(nameof(BatchIndex.Ledger)), ledger);
            w.WritePropertyName(Name(nameof(BatchIndex.Campaign)));
            JsonSerializer.Serialize(w, campaign, Context.IndexedCampaign);
            w.WritePropertyName(Name(nameof(BatchIndex.Summary)));
            JsonSerializer.Serialize(w, summary, Context.IndexSummary);
            w.WriteStartArray(Name(nameof(BatchIndex.Files)));
            foreach (var f in files)
            {
                JsonSerializer.Serialize(w, f, Context.IndexedFile);
                if (w.BytesPending > 1 << 16) w.Flush();
            }
            w.WriteEndArray();
            w.WriteStartArray(Name(nameof(BatchIndex.Units)));
            foreach (var u in units)
            {
                JsonSerializer.Serialize(w, u, Context.IndexedUnit);
                if (w.BytesPending > 1 << 16) w.Flush();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Reads the index.json at <paramref name="path"/>: the index, or why it cannot be read (path: line:column: message).</summary>
    public static (BatchIndex? Index, string? Error) Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize(stream, Context.BatchIndex) is { } index ? (index, null) : (null, $"{path}: not an index (null)");
        }
        catch (JsonException e)
        {
            return (null, $"{path}: {(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: {e.Message}");
        }
        catch (Exception e) when (OfficeTools.Data.IoFailure.Is(e))
        {
            return (null, $"{path}: cannot read: {OfficeTools.Data.IoFailure.Reason(e)}");
        }
    }
}

/// <summary>The source-generated serializer metadata of <see cref="BatchIndex"/> and the records it holds.</summary>
[JsonSerializable(typeof(BatchIndex))]
public sealed partial class IndexJsonContext : JsonSerializerContext;
