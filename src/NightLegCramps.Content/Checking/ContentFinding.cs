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

    /// <summary>The compiler-style form editors and CI read: <c>file:line: error: message</c>.</summary>
    public override string ToString() =>
        $"{File}:{Line}: {(IsError ? "error" : "warning")}: {Message}";
}
