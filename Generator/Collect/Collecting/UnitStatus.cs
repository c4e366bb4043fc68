namespace OfficeTools.Collect.Collecting;

/// <summary>The status words of OUT.json.</summary>
public static class UnitStatus
{
    /// <summary>A form came back with every required answer and no problem.</summary>
    public const string Submitted = "submitted";
    /// <summary>No form yet; the deadline has not passed.</summary>
    public const string Missing = "missing";
    /// <summary>No form and the reporting deadline has passed.</summary>
    public const string Overdue = "overdue";
    /// <summary>A form came back with required answers empty.</summary>
    public const string Incomplete = "incomplete";
    /// <summary>A form came back damaged: values outside the choices, controls deleted or duplicated, bad dates.</summary>
    public const string Invalid = "invalid";
}
