namespace SignalHub.Portal;

/// <summary>
/// A form's server-side validation messages in field order: the error summary lists them at the top with a link
/// to each field, and each field shows its own. The field key is the input's id.
/// </summary>
public sealed class FormErrors
{
    private readonly List<(string Field, string Message)> _errors = [];

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<(string Field, string Message)> All => _errors;

    public void Add(string field, string message) => _errors.Add((field, message));

    public string? For(string field) => _errors.FirstOrDefault(e => e.Field == field).Message;

    /// <summary>The input's <c>aria-describedby</c>: its hint, and its error when it has one; null (no attribute) for neither.</summary>
    public string? DescribedBy(string field, string? hintId = null) =>
        string.Join(' ', new[] { hintId, For(field) is null ? null : $"{field}-fout" }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
}
