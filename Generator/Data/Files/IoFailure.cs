namespace OfficeTools.Data;

/// <summary>Says in a few words why a file could not be read or written, for messages like "out/x.docx: cannot write: the disk is full".</summary>
public static class IoFailure
{
    /// <summary>True for the exceptions a file operation throws when the file system refuses it.</summary>
    public static bool Is(Exception e) => e is IOException or UnauthorizedAccessException;

    /// <summary>The reason (on Unix .NET puts the errno in HResult): disk full, permission denied, path too long, read-only file system, else the system's message.</summary>
    public static string Reason(Exception e) => e switch
    {
        PathTooLongException => "the path is too long",
        UnauthorizedAccessException => "permission denied",
        IOException io when io.HResult is 28 or unchecked((int)0x80070070)
            || io.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase) => "the disk is full",
        IOException io when io.HResult is 36 or unchecked((int)0x800700CE) || io.Message.Contains("name too long", StringComparison.OrdinalIgnoreCase) => "the path is too long",
        IOException io when io.HResult is 30 || io.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase) => "the file system is read-only",
        IOException io when io.HResult is 13 or 1 || io.Message.Contains("Permission denied", StringComparison.OrdinalIgnoreCase) => "permission denied",
        _ => e.Message,
    };
}
