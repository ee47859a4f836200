namespace SignalHub.Portal;

/// <summary>A labelled text box with its hint and its error next to it, as <c>_FormField.cshtml</c> draws it.</summary>
public sealed record FormField(string Id, string Label, string? Value, FormErrors Errors, string? Hint = null, string Type = "text",
    string? Autocomplete = null);
