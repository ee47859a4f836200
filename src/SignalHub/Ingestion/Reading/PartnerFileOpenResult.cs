using System.Diagnostics.CodeAnalysis;

namespace SignalHub.Ingestion.Reading;

/// <summary>Either a reader for the file's rows, or the structural errors that refuse the whole file.</summary>
public sealed class PartnerFileOpenResult
{
    private PartnerFileOpenResult(PartnerFileReader? reader, IReadOnlyList<StructuralError> errors)
    {
        Reader = reader;
        Errors = errors;
    }

    public PartnerFileReader? Reader { get; }

    /// <summary>Empty when the file is open; otherwise at least one.</summary>
    public IReadOnlyList<StructuralError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Reader))]
    public bool IsOpen => Reader is not null;

    internal static PartnerFileOpenResult Open(PartnerFileReader reader) => new(reader, []);

    internal static PartnerFileOpenResult Refused(params IReadOnlyList<StructuralError> errors) => new(null, errors);

    internal static PartnerFileOpenResult Refused(string code, string message) => new(null, [new StructuralError(code, message)]);
}
