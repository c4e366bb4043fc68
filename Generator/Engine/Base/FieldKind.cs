namespace OfficeTools.Engine;

/// <summary>Kinds of things a template uses.</summary>
public enum FieldKind
{
    /// <summary>A variable or member path read by an expression.</summary>
    Variable,
    /// <summary>A for/while loop.</summary>
    Loop,
    /// <summary>A condition (if/else if).</summary>
    Condition,
    /// <summary>A content control (its tag).</summary>
    ContentControl,
}
