namespace OfficeTools.Documents.Rules;

/// <summary>
/// The documents an outcome calls for, as a rule's <c>document</c> names them (talk, admonition, commendation): the one
/// vocabulary by which <c>officetools outcomes</c> knows which units get a 约谈提醒通知, a 诫勉谈话记录 or a place in the 表扬通报,
/// whatever the outcome is called in the rules file.
/// </summary>
public enum OutcomeDocument
{
    /// <summary>No document of its own (the 督办通知单 has its own flag, <c>notice</c>).</summary>
    None,
    /// <summary>约谈提醒: a 约谈提醒通知 to the unit or person and a 约谈记录 form.</summary>
    Talk,
    /// <summary>诫勉批评: a 诫勉谈话记录 form.</summary>
    Admonition,
    /// <summary>表扬: a place in the 表扬通报.</summary>
    Commendation,
}
