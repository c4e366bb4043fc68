namespace OfficeTools.Engine;

/// <summary>Stable diagnostic codes: OT01xx package, OT02xx syntax and blocks, OT03xx render.</summary>
public static class DiagnosticIds
{
    /// <summary>The file is not a zip package.</summary>
    public const string NotZip = "OT0101";
    /// <summary>The zip is not a Word document (no main document part).</summary>
    public const string NotWord = "OT0102";
    /// <summary>A legacy binary .doc (OLE) file.</summary>
    public const string LegacyDoc = "OT0103";
    /// <summary>A macro-enabled document or template.</summary>
    public const string Macro = "OT0104";
    /// <summary>A corrupt or truncated package.</summary>
    public const string Corrupt = "OT0105";
    /// <summary>A part is not well-formed XML.</summary>
    public const string BadXml = "OT0106";
    /// <summary>The package crosses a limit while inflating (part size, total size, number of parts): a zip bomb or an oversized file.</summary>
    public const string PackageLimit = "OT0107";
    /// <summary>A part name that would escape a folder when unpacked (.., absolute, backslash, drive letter, control character) or occurs twice.</summary>
    public const string UnsafePartName = "OT0108";
    /// <summary>An XML part declares a DTD.</summary>
    public const string Dtd = "OT0109";
    /// <summary>A block is opened but never closed.</summary>
    public const string Unclosed = "OT0201";
    /// <summary>An end (or else) without an open block.</summary>
    public const string Stray = "OT0202";
    /// <summary>A block's open and end do not fit the document structure.</summary>
    public const string Crossing = "OT0203";
    /// <summary>A Scriban syntax error in a tag.</summary>
    public const string Syntax = "OT0204";
    /// <summary>A "{{" without its closing "}}".</summary>
    public const string UnclosedTag = "OT0205";
    /// <summary>Warning: full-width braces (｛｛ … ｝｝) that look like a tag typed with a Chinese input method; they stay text.</summary>
    public const string FullWidthBraces = "OT0206";
    /// <summary>An unknown variable.</summary>
    public const string UnknownVariable = "OT0301";
    /// <summary>An unknown member of an object.</summary>
    public const string UnknownMember = "OT0302";
    /// <summary>A runtime error raised by an expression or function.</summary>
    public const string Runtime = "OT0303";
    /// <summary>The render exceeded its time limit or was cancelled.</summary>
    public const string Timeout = "OT0304";
    /// <summary>A loop, recursion or output-size limit was exceeded.</summary>
    public const string Limit = "OT0305";
    /// <summary>A picture or QR code from data cannot be used (missing file, not a PNG/JPEG/GIF, too large, outside the picture folder, bad size).</summary>
    public const string Picture = "OT0306";
    /// <summary>A hyperlink from data cannot be used (not an http, https or mailto URL).</summary>
    public const string Hyperlink = "OT0307";
}
