namespace SignalHub.Demo;

/// <summary>
/// The demo plays last month and this month as they would have happened: the clock of the loading host is set
/// back to each step's moment and runs on from there, so deliveries, cases and attempts carry believable dates.
/// It only ever moves forward, and never past the real time.
/// </summary>
internal sealed class DemoClock(DateTimeOffset start) : TimeProvider
{
    private TimeSpan _offset = start - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;

    /// <summary>Continues from <paramref name="moment"/>; a moment earlier than now on this clock, or in the real future, is ignored.</summary>
    public void MoveTo(DateTimeOffset moment)
    {
        var real = System.GetUtcNow();
        if (moment <= GetUtcNow() || moment > real)
            return;
        _offset = moment - real;
    }

    /// <summary>Back to the real time, for what comes after the replay.</summary>
    public void CatchUp() => _offset = TimeSpan.Zero;
}
