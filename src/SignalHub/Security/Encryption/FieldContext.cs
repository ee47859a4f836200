using System.Text;

namespace SignalHub.Security.Encryption;

/// <summary>
/// Where an encrypted value belongs: table, column and row. It is the associated data of the encryption, so a
/// value copied to another row or column no longer decrypts.
/// </summary>
public readonly record struct FieldContext(string Table, string Column, Guid RowId)
{
    public byte[] AssociatedData() => Encoding.UTF8.GetBytes($"{Table}.{Column}:{RowId:N}");

    public override string ToString() => $"{Table}.{Column} of row {RowId}";
}
