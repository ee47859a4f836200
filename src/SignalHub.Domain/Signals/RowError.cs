namespace SignalHub.Domain.Signals;

/// <summary>Why one row was rejected: where (line, canonical column), a stable code, and a sentence for the partner.</summary>
public sealed record RowError(int Line, string? Column, string Code, string Reason);
