using OfficeTools.Documents.Catalogue;

namespace OfficeTools.TemplateBuilder.Documents;

/// <summary>What differs between the three 自查报告表 (the title, with the kind, comes from the model): labels, the seed's scope sentence and who signs.</summary>
public sealed record FormVariant(string FileName, string NameLabel, string HeadLabel, string HeadValue,
    string ParentLabel, string Scope, string SignLabel, bool Sealed = true)
{
    /// <summary>领导班子: the six points, signed by the 主要负责人.</summary>
    public static FormVariant Leadership { get; } = new(DocumentCatalogue.FormLeadership.Template, "单位名称", "主要负责人", "{{ unit.head }}", "上级党组织",
        "领导班子要集体研究自查情况，对照“两方案一计划”逐项梳理整改落实的进展、效果和存在问题，主要负责同志要带头开展自查。",
        "主要负责人（签字）：");

    /// <summary>基层党组织 (村、社区): 整改措施落实情况, signed by the 书记.</summary>
    public static FormVariant Grassroots { get; } = new(DocumentCatalogue.FormGrassroots.Template, "党组织名称", "党组织书记", "{{ unit.head }}", "上级党组织",
        "基层党组织主要看整改措施落实情况，对照向群众承诺的事项逐项梳理，整改落实情况在党员大会或年度工作总结会上通报。",
        "党组织书记（签字）：");

    /// <summary>党员干部 and 党员领导干部: 个人整改措施落实情况 (plus the two extra points for leaders).</summary>
    public static FormVariant Member { get; } = new(DocumentCatalogue.FormMember.Template, "姓名", "职务", "{{ unit.title }}", "所在党组织",
        "党员干部主要看个人整改措施落实情况；党员领导干部还要看牵头负责的班子整改任务落实情况，指导推动分管领域和联系点整改工作情况。",
        "本人（签字）：", Sealed: false);

    /// <summary>The three variants in file order.</summary>
    public static IReadOnlyList<FormVariant> All { get; } = [Leadership, Grassroots, Member];
}
