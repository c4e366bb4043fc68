namespace OfficeTools.Collect.Reading;

/// <summary>The kind of a content control, as Word's sdtPr declares it.</summary>
public enum ControlKind
{
    /// <summary>Plain text (w:text).</summary>
    PlainText,
    /// <summary>Rich text (w:richText, or no type element).</summary>
    RichText,
    /// <summary>Drop-down list (w:dropDownList).</summary>
    DropDown,
    /// <summary>Combo box (w:comboBox).</summary>
    ComboBox,
    /// <summary>Date picker (w:date).</summary>
    Date,
    /// <summary>Check box (w14:checkbox).</summary>
    CheckBox,
}
