using Microsoft.AspNetCore.Mvc;
using SignalHub.Domain.Outreach;
using SignalHub.Domain.Vocabulary;
using SignalHub.Portal;

namespace SignalHub.Outreach;

/// <summary>The quick entry of a visit or call, made for a phone at the door.</summary>
public sealed partial class CasePageModel
{
    /// <summary>The standard's contact kinds, the two that count for the outreach rule first.</summary>
    public static IReadOnlyList<ContactKind> Kinds =>
        [ContactKind.HomeVisit, ContactKind.Phone, .. ContactKinds.All.Where(k => k is not (ContactKind.HomeVisit or ContactKind.Phone))];

    [BindProperty(Name = "soort")]
    public string? Kind { get; set; }

    [BindProperty(Name = "moment")]
    public string? Moment { get; set; }

    [BindProperty(Name = "dagdeel")]
    public string? DayPartChosen { get; set; }

    [BindProperty(Name = "bereikt")]
    public string? Reached { get; set; }

    [BindProperty(Name = "medewerker")]
    public string? Worker { get; set; }

    [BindProperty(Name = "tweede")]
    public string? SecondWorker { get; set; }

    [BindProperty(Name = "notitie")]
    public string? Note { get; set; }

    public FormErrors AttemptErrors { get; } = new();

    public async Task<IActionResult> OnPostAttemptAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        var input = ReadAttempt();
        if (input is null)
            return Page();
        var change = await work.RecordAttemptAsync(Id, input, UserName, ct);
        if (change.Refusal is { } refusal)
        {
            if (!await LoadAsync(ct))
                return NotFound();
            if (!ExplainClosedUnder(refusal, "poging", "poging"))
                AttemptErrors.Add(AttemptField(refusal.Code), refusal.DutchMessage);
            return Page();
        }
        return Confirmed("poging");
    }

    private AttemptInput? ReadAttempt()
    {
        var kind = ContactKinds.TryParse(Kind, out var k, out _) ? k : (ContactKind?)null;
        if (kind is null)
            AttemptErrors.Add("soort", "Kies hoe u contact zocht, bijvoorbeeld huisbezoek of telefoon.");
        DateTimeOffset? at = null;
        if (string.IsNullOrWhiteSpace(Moment))
            AttemptErrors.Add("moment", "Vul de datum en tijd van de poging in.");
        else if (AmsterdamTime.TryParse(Moment, out var moment, out _))
            at = moment;
        else
            AttemptErrors.Add("moment", "Vul de datum en tijd in als dag en uur, bijvoorbeeld " + Now.Replace('T', ' ') + ".");
        DayPart? dayPart = null;
        if (!string.IsNullOrEmpty(DayPartChosen))
        {
            if (DayParts.TryParse(DayPartChosen, out var part, out _))
                dayPart = part;
            else
                AttemptErrors.Add("dagdeel", "Kies ochtend, middag of avond, of laat het dagdeel uit de tijd afleiden.");
        }
        if (Reached is not ("ja" or "nee"))
            AttemptErrors.Add("bereikt-ja", "Kies of u het huishouden heeft bereikt.");
        if (string.IsNullOrWhiteSpace(Worker))
            AttemptErrors.Add("medewerker", "Vul in wie de poging deed.");
        if (AttemptErrors.Any)
            return null;
        string[] workers = [Worker!, .. string.IsNullOrWhiteSpace(SecondWorker) ? Array.Empty<string>() : [SecondWorker]];
        return new AttemptInput(kind!.Value, at!.Value, Reached == "ja", workers, string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(), dayPart);
    }

    /// <summary>A refusal is shown beside the field it is about; the others at the top of the form.</summary>
    private static string AttemptField(string code) => code switch
    {
        "attempt_in_future" or "attempt_before_case" => "moment",
        "no_workers" or "name_too_long" => "medewerker",
        "note_too_long" => "notitie",
        "administrative_not_reached" => "bereikt-ja",
        _ => "poging",
    };
}
