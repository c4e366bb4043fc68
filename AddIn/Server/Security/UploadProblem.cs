namespace OfficeTools.AddIn.Server.Security;

/// <summary>Why an upload was refused: the HTTP status, a rule id and a plain Chinese message.</summary>
public sealed record UploadProblem(int Status, string Rule, string Message);
