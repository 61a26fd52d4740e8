namespace NightLegCramps.Content.Checking;

internal enum Severity
{
    Warning,
    Error,
}

/// <summary>Something an editor should fix, pinned to a file and line.</summary>
internal sealed record ContentFinding(string File, int Line, Severity Severity, string Message)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>
    /// The compiler-style form editors and CI read: <c>file:line: error: message</c>, always one line: a file
    /// name or quoted text holding a newline cannot forge a second line in the log or the checker's output.
    /// </summary>
    public override string ToString() =>
        $"{Printable(File)}:{Line}: {(IsError ? "error" : "warning")}: {Printable(Message)}";

    /// <summary>Text with control characters (newlines, escapes) written as <c>\n</c> or <c>\u001b</c>.</summary>
    public static string Printable(string text)
    {
        if (!text.Any(char.IsControl)) return text;
        var printable = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            printable.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return printable.ToString();
    }
}
