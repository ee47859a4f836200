namespace SignalHub.Tests.Storage;

/// <summary>A string literal in C# source. Interpolated literals keep their holes as separate parts.</summary>
internal sealed record SourceLiteral(string File, int Line, IReadOnlyList<LiteralPart> Parts, string CodeBefore)
{
    /// <summary>The literal as written, holes in braces: what a failure message shows.</summary>
    public override string ToString() => string.Concat(Parts.Select(p => p.IsHole ? "{" + p.Text + "}" : p.Text));
}

internal sealed record LiteralPart(string Text, bool IsHole);
