namespace NightLegCramps.Content.Checking;

/// <summary>Collects the findings for one file so each check only says what and where.</summary>
internal sealed class FindingList(string file)
{
    private readonly List<ContentFinding> _items = [];

    public string File { get; } = file;
    public IReadOnlyList<ContentFinding> Items => _items;

    public void Error(int line, string message) => _items.Add(new(File, line, Severity.Error, message));
    public void Warning(int line, string message) => _items.Add(new(File, line, Severity.Warning, message));
}
