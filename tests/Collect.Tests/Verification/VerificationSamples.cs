using OfficeTools.Collect.Verification;
using OfficeTools.Documents.Campaigns;

namespace OfficeTools.Collect.Tests.Verification;

/// <summary>A small verification sheet: five items of three units awaiting 复核, two proposed new items.</summary>
static class VerificationSamples
{
    public static VerificationCampaign Campaign { get; } = new("中共青山县委党的群众路线教育实践活动领导小组办公室", 1)
        { CampaignId = "qs-2026", Date = new DateOnly(2026, 12, 3) };

    public static IReadOnlyList<VerificationRow> Rows { get; } =
    [
        new("I0001", "U001", "青山镇党委领导班子", "公务接待超标准，存在陪餐人数过多的问题", "严格执行公务接待规定，建立接待审批和清单制度，每月公开接待费用",
            "整改到位", new DateOnly(2026, 11, 20), "接待审批单12份、公开照片", "满意", ItemStage.Reported),
        new("I0002", "U001", "青山镇党委领导班子", "联系服务群众不够经常，下村调研次数少", "班子成员每月下村不少于4天，建立民情日记",
            "整改到位", new DateOnly(2026, 11, 28), "民情日记", "基本满意", ItemStage.Reported),
        new("I0003", "U002", "石桥村党支部", "村务公开不及时，\r\n财务公开栏长期未更新", "每月5日前更新财务公开栏，并在村微信群同步公布",
            "整改到位", new DateOnly(2026, 11, 5), "公开栏照片", "不满意", ItemStage.Reported),
        new("I0004", "U003", "李明（县农业局副局长）", "办公用房超标准", "按标准调整办公用房", "整改到位", new DateOnly(2026, 10, 30), "调整后照片", "满意", ItemStage.Returned),
        new("I0005", "U002", "石桥村党支部", "“三会一课”制度落实不严格", "制定年度学习计划，按时召开支部党员大会", "部分整改到位", null, "", "", ItemStage.InProgress),
    ];

    public static IReadOnlyList<ProposedItem> Proposals { get; } =
    [
        new("U002-N1", "U002", "石桥村党支部", "村级集体资金使用审批程序不规范", "建立村级资金使用“四议两公开”程序", "王五", new DateOnly(2027, 1, 31)),
        new("U001-N1", "U001", "青山镇党委领导班子", "会议多、文件多问题有所反弹", "精简会议文件，严格控制发文数量", "赵六", null),
    ];

    public static IReadOnlyList<string> ItemIds => [.. Rows.Select(r => r.ItemId)];

    /// <summary>A folder of its own under TMPDIR.</summary>
    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "verification-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Writes the sample sheet into a new folder and returns its path.</summary>
    public static string Written(string? dir = null)
    {
        var path = Path.Combine(dir ?? TempDir(), "复核表.xlsx");
        VerificationSheet.Write(path, Rows, Proposals, Campaign);
        return path;
    }

    /// <summary>The Excel row of the n-th item (1-based): data starts under the header row 3.</summary>
    public static int RowOf(int n) => 3 + n;
}
