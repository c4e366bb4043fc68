using OfficeTools.Documents.Ledger;

namespace OfficeTools.Documents.Tests.Sample;

public static partial class SampleLedger
{
    static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林"];
    static readonly string[] Given = ["建华", "志强", "秀英", "海燕", "国平", "晓东", "丽萍", "文军", "春生", "玉兰", "德明", "小红", "立新", "桂芳", "永刚", "红梅", "振宇", "淑珍"];

    /// <summary>An invented person name, deterministic in <paramref name="n"/>.</summary>
    static string Person(int n) => Surnames[n * 5 % Surnames.Length] + Given[n * 7 % Given.Length];

    static readonly string[] Departments =
    [
        "县发展和改革委员会", "县教育局", "县卫生和计划生育委员会", "县民政局", "县国土资源局", "县住房和城乡建设局",
        "县交通运输局", "县农业局", "县财政局", "县人力资源和社会保障局", "县市场和质量监督管理局", "县环境保护局",
    ];

    static readonly string[] Townships = ["青山镇", "石桥乡", "柳溪镇", "云岭乡"];

    static readonly string[] Villages =
    [
        "东山村", "河口村", "城关社区", "枫林村", "桃源村", "新街社区", "白沙村", "龙潭村",
        "杏花村", "南岭村", "滨河社区", "松坪村", "清水村", "石门村", "五里社区", "竹园村",
    ];

    static readonly string[] DepartmentPosts = ["党组书记", "党组副书记", "党组成员", "党组成员、纪检组长"];
    static readonly string[] TownshipPosts = ["党委书记", "党委副书记"];
    static readonly string[] Jobs = ["办公室主任", "科员", "股长", "财务科科长", "驻村干部", "综合办副主任", "站长", "会计", "文书", "社区主任"];

    /// <summary>46 units: 12 departments and 4 township committees (领导班子), 16 village/community branches, 8 leaders, 6 members.</summary>
    static List<(string Id, string Name, string Kind, string? Parent, string Head, string? Title, string? Org)> Units()
    {
        var list = new List<(string, string, string, string?, string, string?, string?)>();
        var n = 0;
        string Id() => $"U{++n:000}";
        foreach (var d in Departments) list.Add((Id(), d + "领导班子", UnitKinds.Leadership, null, Person(n + 1), null, $"中共青山{d}党组"));
        var townIds = new List<string>();
        foreach (var t in Townships) { var id = Id(); townIds.Add(id); list.Add((id, $"中共{t}委员会领导班子", UnitKinds.Leadership, null, Person(n + 2), null, $"中共{t}委员会")); }
        for (var v = 0; v < Villages.Length; v++)
        {
            var town = Townships[v % 4];
            list.Add((Id(), $"{town}{Villages[v]}党{(Villages[v].EndsWith("社区") ? "总支部" : "支部")}委员会", UnitKinds.Grassroots, townIds[v % 4], Person(n + 3), null, null));
        }
        for (var l = 0; l < 8; l++)
        {
            var parent = l < 6 ? list[l].Item1 : townIds[l - 6];
            var org = l < 6 ? Departments[l] : Townships[l - 6];
            var post = l < 6 ? DepartmentPosts[l % DepartmentPosts.Length] : TownshipPosts[l - 6];
            list.Add((Id(), Person(40 + l), UnitKinds.Leader, parent, Person(40 + l), org + post, null));
        }
        for (var m = 0; m < 6; m++)
        {
            var parent = list[6 + m].Item1;
            list.Add((Id(), Person(60 + m), UnitKinds.Member, parent, Person(60 + m), Departments[6 + m] + Jobs[m], null));
        }
        return list;
    }

    static readonly string[] RuleTitles =
    [
        "公务接待管理办法", "机关会议和文件精简办法", "公务用车使用管理规定", "干部下基层联系群众制度", "财务报销审核管理办法",
        "办公用房管理使用规定", "政务公开和群众监督办法", "干部作风建设考核办法",
    ];

    static readonly string[] Evidence = ["整改报告及会议纪要", "制度文件及执行台账", "群众回访记录", "现场照片及验收单", "财务凭证复印件"];

    static string NewProblem(string kind) => kind switch
    {
        UnitKinds.Leadership => "“回头看”中群众反映窗口单位办事排队时间长",
        UnitKinds.Grassroots => "“回头看”中群众反映村级财务公开栏内容更新不及时",
        _ => "“回头看”中查摆出下基层调研次数偏少",
    };

    static List<(int? Focus, int? Task, string Problem, string Measure)> Problems(string kind) => kind switch
    {
        UnitKinds.Leadership => LeadershipProblems,
        UnitKinds.Grassroots => GrassrootsProblems,
        UnitKinds.Leader => [.. MemberProblems, .. LeaderProblems],
        _ => MemberProblems,
    };

    static readonly List<(int?, int?, string, string)> LeadershipProblems =
    [
        (1, null, "专题学习总书记重要讲话精神不够及时深入", "制定专题学习计划，中心组每月集中学习研讨一次"),
        (2, null, "整改措施不够具体，部分事项时间节点不明确", "逐项细化整改措施，明确责任领导和完成时限"),
        (3, 1, "会议文件数量压缩不到位", "严格会议审批，全年会议和文件数量压缩三分之一"),
        (4, null, "制度建设计划中部分制度未按期出台", "倒排工期，年底前出台全部配套制度"),
        (3, 3, "“三公”经费支出公开不及时", "按季度在门户网站公开“三公”经费支出情况"),
        (5, null, "基层反映的农村公路养护问题牵头协调不够", "建立部门联席会议制度，联合制定养护方案"),
        (3, 4, "公务接待存在超标准现象", "严格执行公务接待清单制度，每月公示接待情况"),
        (6, null, "班子成员分管领域整改推进不平衡", "每月召开整改推进会，班子成员逐项汇报"),
        (3, 6, "个别领导干部办公用房超标准面积未腾退", "按标准调整办公用房，腾退面积统一管理"),
        (3, 16, "行政审批收费项目清理不彻底", "全面清理收费项目，向社会公布保留清单"),
        (3, 15, "窗口服务“门难进、脸难看、事难办”问题仍有反映", "推行首问负责和限时办结，设立群众评议箱"),
        (3, 5, "超编配备的公务车辆未处置完毕", "登记封存超编车辆，按规定公开处置"),
    ];

    static readonly List<(int?, int?, string, string)> GrassrootsProblems =
    [
        (1, null, "低保评审程序不够公开透明", "实行低保评审村民代表会议评议和张榜公示"),
        (2, null, "向群众承诺的村道硬化工程未按期完工", "倒排工期，明确施工责任人，每周通报进度"),
        (3, null, "“三会一课”制度落实不经常", "固定每月主题党日，建立会议记录台账"),
        (1, null, "村级集体资金使用不够规范", "严格执行村账乡代管和“四议两公开”"),
        (2, null, "承诺设立的便民服务代办点尚未运行", "落实场地和代办员，公布代办事项清单"),
        (3, null, "党员发展和教育管理制度执行不严", "完善党员积分管理，规范发展党员程序"),
    ];

    static readonly List<(int?, int?, string, string)> MemberProblems =
    [
        (1, null, "政治理论学习不够系统，学用结合不紧", "制定个人学习计划，撰写学习心得"),
        (2, null, "下基层调研轻车简从要求落实不严", "严格执行八项规定，调研一律轻车简从"),
        (3, null, "服务群众耐心不够，工作方法简单", "开展换位体验，建立群众满意度回访"),
        (1, null, "组织纪律观念不强，请销假制度执行不严", "严格执行请销假和个人有关事项报告制度"),
        (3, null, "深入基层调研少，掌握情况不够全面", "每月下基层调研不少于四天并形成调研报告"),
    ];

    static readonly List<(int?, int?, string, string)> LeaderProblems =
    [
        (4, null, "牵头负责的行政审批事项精简任务进度滞后", "列出精简清单，每半月调度一次"),
        (5, null, "对联系点整改工作指导不够", "每月到联系点督导一次，帮助解决实际问题"),
    ];
}
