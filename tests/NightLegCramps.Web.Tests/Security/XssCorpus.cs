namespace NightLegCramps.Web.Tests.Security;

/// <summary>One hostile payload from <c>xss-corpus.txt</c> and where it goes: the page body, its title or its summary.</summary>
public sealed record XssCase(string Where, string Name, string Payload)
{
    public string Slug => "xss-" + Name;

    /// <summary>The case as a content file: a normal page with the payload in its place.</summary>
    public string ToMarkdown(int order)
    {
        var title = Where == "title" ? Payload : "Case " + Name;
        var summary = Where == "summary" ? Payload : "A hostile input case.";
        var body = Where == "body" ? Payload : "Nothing special here.";
        return $"""
            ---
            title: {Quote(title)}
            summary: {Quote(summary)}
            slug: {Slug}
            order: {order}
            lastReviewed: 2026-01-01
            nextReview: 2099-01-01
            ---

            An ordinary paragraph before the payload.

            {body}

            :::notice
            General information, not a diagnosis.
            :::

            """;
    }

    // YAML single quotes take everything literally except the quote itself, which is doubled.
    private static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}

public static class XssCorpus
{
    public static IReadOnlyList<XssCase> Load()
    {
        var cases = new List<XssCase>();
        string? where = null, name = null;
        var payload = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Security", "xss-corpus.txt")))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                Add();
                var header = line[4..].Split(':', 2, StringSplitOptions.TrimEntries);
                (where, name) = (header[0], header[1]);
                payload.Clear();
            }
            else if (where is not null)
            {
                payload.Add(line);
            }
        }
        Add();
        return cases;

        void Add()
        {
            if (where is null || name is null) return;
            cases.Add(new XssCase(where, name, string.Join('\n', payload).Trim('\n')));
        }
    }
}
