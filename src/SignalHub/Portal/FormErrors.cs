namespace SignalHub.Portal;

/// <summary>
/// A form's server-side validation messages in field order: the error summary lists them at the top of the page (the
/// layout shows what a page puts under <see cref="ViewDataKey"/>) with a link to each field, and each field shows its
/// own. The field key is the id of the input, or of the message of a refusal.
/// </summary>
public sealed class FormErrors
{
    private readonly List<(string Field, string Message)> _errors = [];

    /// <summary>The key under which a page hands its errors to the layout, which shows them first in the page.</summary>
    public const string ViewDataKey = "FormErrors";

    public bool Any => _errors.Count > 0;

    /// <summary>The summary's heading: a form to check, or (<see cref="Refuse"/>) an action that was refused.</summary>
    public string Title { get; private set; } = "Controleer het formulier";

    public IReadOnlyList<(string Field, string Message)> All => _errors;

    public void Add(string field, string message) => _errors.Add((field, message));

    /// <summary>An action refused as a whole (too early, already decided): the summary says it was not done.</summary>
    public void Refuse(string field, string message)
    {
        Title = "Dit is niet gelukt";
        Add(field, message);
    }

    /// <summary>The errors of several forms of one page, for the one summary at its top.</summary>
    public static FormErrors Of(params FormErrors[] forms)
    {
        var all = new FormErrors();
        foreach (var form in forms)
        {
            all._errors.AddRange(form._errors);
            if (form.Title != all.Title && form.Any)
                all.Title = form.Title;
        }
        return all;
    }

    public string? For(string field) => _errors.FirstOrDefault(e => e.Field == field).Message;

    /// <summary>The input's <c>aria-describedby</c>: its hint, and its error when it has one; null (no attribute) for neither.</summary>
    public string? DescribedBy(string field, string? hintId = null) =>
        string.Join(' ', new[] { hintId, For(field) is null ? null : $"{field}-fout" }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
}
