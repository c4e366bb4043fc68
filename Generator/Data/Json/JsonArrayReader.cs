using System.Text.Json;

namespace OfficeTools.Data;

/// <summary>
/// Reads the elements of a top-level JSON array one at a time from a stream, holding only the element being read
/// (the buffer grows to the largest element). Syntax errors surface as <see cref="JsonException"/> with the line
/// and byte position counted from the start of the file.
/// </summary>
sealed class JsonArrayReader
{
    readonly Stream _stream;
    readonly Func<long, string> _locate;
    long _dropped; // bytes of the file before _buffer[0]
    byte[] _buffer = new byte[1 << 16];
    int _start;
    int _end;
    bool _final;
    bool _begun;
    bool _opened;
    JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = 256 });

    /// <summary>A reader of <paramref name="stream"/>; <paramref name="locate"/> places a byte offset of the file (after any BOM) for value errors.</summary>
    public JsonArrayReader(Stream stream, Func<long, string> locate)
    {
        _stream = stream;
        _locate = locate;
    }

    /// <summary>
    /// Reads the next element into plain values (see <see cref="JsonValues.Read"/>; duplicate keys go to
    /// <paramref name="errors"/> under <paramref name="jsonPath"/>); false after the closing bracket and the end of
    /// the file.
    /// </summary>
    public bool Next(string jsonPath, string file, List<Diagnostic> errors, out object? value)
    {
        if (!_begun)
        {
            _begun = true;
            while (_end < 3 && !_final) Fill();
            // A byte order mark is not JSON; positions in messages count from after it, as for whole files.
            if (_buffer.AsSpan(0, _end).StartsWith("\uFEFF"u8)) { _start = 3; _dropped = -3; }
        }
        while (true)
        {
            if (TryNext(jsonPath, file, errors, out value, out var done)) return true;
            if (done) return false;
            if (_final) throw new JsonException("the file ends inside the list of records");
            Fill();
        }
    }

    // One attempt on the bytes buffered so far; false (not done) when more bytes are needed.
    bool TryNext(string jsonPath, string file, List<Diagnostic> errors, out object? value, out bool done)
    {
        value = null;
        done = false;
        var origin = _start;
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        if (!_opened)
        {
            if (!reader.Read()) return false;
            if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("the file does not hold a list of records");
            Commit(ref reader, origin);
            _opened = true;
        }
        if (!reader.Read()) return false;
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            // Only whitespace may follow the list; the reader throws on anything else once it has the whole file.
            while (reader.Read()) { }
            if (!_final) return false;
            done = true;
            return false;
        }
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            var probe = reader;
            if (!probe.TrySkip()) return false;
        }
        value = JsonValues.Read(ref reader, jsonPath, file, errors, _locate, _dropped + origin);
        Commit(ref reader, origin);
        return true;
    }

    // Everything up to the reader's position is done with: later reads start there, in the reader's state.
    void Commit(ref Utf8JsonReader reader, int origin)
    {
        _start = origin + (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _dropped += _start;
            _start = 0;
        }
        if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        var n = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (n == 0) _final = true;
        _end += n;
    }
}
