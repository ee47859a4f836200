using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using SignalHub.Portal;

namespace SignalHub.Reporting;

/// <summary>One bar or point of a chart: its Dutch label and its count.</summary>
public sealed record ChartValue(string Label, decimal Value);

/// <summary>One line of a trend chart.</summary>
public sealed record ChartSeries(string Name, string CssClass, IReadOnlyList<decimal> Values);

/// <summary>
/// Charts drawn on the server as inline SVG: no script, readable when printed. Each has a title and a description
/// for screen readers; the page shows the same numbers in a table beside it.
/// </summary>
public static class SvgCharts
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private const int Width = 640;

    /// <summary>The funnel: one horizontal bar per step, as wide as its share of the first step.</summary>
    public static IHtmlContent Funnel(string id, string title, IReadOnlyList<ChartValue> steps)
    {
        const int row = 36, labelWidth = 220, barSpace = Width - labelWidth - 80;
        var max = Math.Max(1m, steps.Count == 0 ? 1m : steps.Max(s => s.Value));
        var svg = Open(id, title, string.Join("; ", steps.Select(s => $"{s.Label}: {Labels.Count((long)s.Value)}")), row * steps.Count + 8);
        for (var i = 0; i < steps.Count; i++)
        {
            var y = 4 + i * row;
            var width = (int)Math.Round(barSpace * steps[i].Value / max);
            svg.Append(Invariant, $"<text x=\"0\" y=\"{y + 21}\" class=\"chart-label\">{Encode(steps[i].Label)}</text>")
                .Append(Invariant, $"<rect x=\"{labelWidth}\" y=\"{y}\" width=\"{Math.Max(1, width)}\" height=\"{row - 10}\" class=\"chart-bar\"/>")
                .Append(Invariant, $"<text x=\"{labelWidth + Math.Max(1, width) + 6}\" y=\"{y + 19}\" class=\"chart-value\">{Labels.Count((long)steps[i].Value)}</text>");
        }
        return Close(svg);
    }

    /// <summary>Lines over the months, with the months along the bottom and the highest count at the top.</summary>
    public static IHtmlContent Trend(string id, string title, IReadOnlyList<string> months, IReadOnlyList<ChartSeries> series)
    {
        const int height = 220, left = 48, bottom = 28, top = 12;
        var max = Math.Max(1m, series.SelectMany(s => s.Values).DefaultIfEmpty(1m).Max());
        var step = months.Count > 1 ? (Width - left - 16) / (decimal)(months.Count - 1) : 0m;
        var description = string.Join("; ", series.Select(s => $"{s.Name}: " + string.Join(", ", months.Zip(s.Values, (m, v) => $"{m} {Labels.Count((long)v)}"))));
        var svg = Open(id, title, description, height);
        svg.Append(Invariant, $"<line x1=\"{left}\" y1=\"{height - bottom}\" x2=\"{Width - 8}\" y2=\"{height - bottom}\" class=\"chart-axis\"/>")
            .Append(Invariant, $"<text x=\"0\" y=\"{top + 4}\" class=\"chart-value\">{Labels.Count((long)max)}</text>")
            .Append(Invariant, $"<text x=\"0\" y=\"{height - bottom}\" class=\"chart-value\">0</text>");
        for (var i = 0; i < months.Count; i++)
            svg.Append(Invariant, $"<text x=\"{left + i * step:0.#}\" y=\"{height - 8}\" class=\"chart-label chart-month\">{Encode(months[i])}</text>");
        foreach (var line in series)
        {
            var points = line.Values.Select((v, i) => string.Create(Invariant, $"{left + i * step:0.#},{height - bottom - (height - bottom - top) * v / max:0.#}"));
            svg.Append(Invariant, $"<polyline points=\"{string.Join(' ', points)}\" class=\"chart-line {Encode(line.CssClass)}\"/>");
        }
        return Close(svg);
    }

    private static StringBuilder Open(string id, string title, string description, int height) =>
        new StringBuilder().Append(Invariant,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" viewBox=\"0 0 {Width} {height}\" aria-labelledby=\"{id}-title {id}-desc\">")
            .Append(Invariant, $"<title id=\"{id}-title\">{Encode(title)}</title><desc id=\"{id}-desc\">{Encode(description)}</desc>");

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
