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
