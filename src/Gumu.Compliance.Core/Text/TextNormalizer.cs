using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace Gumu.Compliance.Text;

/// <summary>
/// Normalises report text for matching: NFKC (full-width digits, letters and punctuation become
/// ASCII), quotes and whitespace removed, traditional characters of the template's vocabulary
/// mapped to simplified ones, and a few punctuation equivalents folded. Matching keys only: never
/// shown to users.
/// </summary>
internal static class TextNormalizer
{
    // Characters that carry no meaning for matching titles and labels.
    private static readonly SearchValues<char> Dropped = SearchValues.Create(
        " \t\r\n\u00A0\u3000\u200B\uFEFF\"'“”‘’「」『』《》〈〉");

    /// <summary>Traditional → simplified for characters that occur in template titles, row labels and figures.</summary>
    private static readonly FrozenDictionary<char, char> TraditionalToSimplified = BuildTraditionalMap();

    /// <summary>
    /// The matching key of a text: NFKC, traditional → simplified, quotes and whitespace removed,
    /// "、" kept, "。" / "." and "，" / "," kept as their ASCII forms.
    /// </summary>
    public static string Key(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var nfkc = Nfkc(text);
        var builder = new StringBuilder(nfkc.Length);
        foreach (var ch in nfkc)
        {
            if (Dropped.Contains(ch))
            {
                continue;
            }

            builder.Append(Fold(ch));
        }

        return builder.ToString();
    }

    /// <summary>
    /// NFKC of any text a reader gives. Unpaired surrogates and U+FFFE (a damaged or mis-decoded
    /// file, a cut in the middle of a character outside the basic plane) become U+FFFD first: the
    /// normaliser refuses them with an exception.
    /// </summary>
    public static string Nfkc(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var wellFormed = WellFormed(text);
        return wellFormed.IsNormalized(NormalizationForm.FormKC) ? wellFormed : wellFormed.Normalize(NormalizationForm.FormKC);
    }

    private static string WellFormed(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0 && !text.Contains('\uFFFE', StringComparison.Ordinal))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]) || chars[i] == '\uFFFE')
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// A display-preserving normalisation: NFKC, traditional → simplified, whitespace collapsed to
    /// single spaces and trimmed; quotes kept. Used where positions in the text still matter to a
    /// person (evidence) but matching must see simplified characters.
    /// </summary>
    public static string Simplify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var nfkc = Nfkc(text);
        var builder = new StringBuilder(nfkc.Length);
        var pendingSpace = false;
        foreach (var ch in nfkc)
        {
            if (char.IsWhiteSpace(ch) || ch == '\u200B' || ch == '\uFEFF')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(Fold(ch));
        }

        return builder.ToString();
    }

    private static char Fold(char ch) => ch switch
    {
        '。' => '.',
        '：' => ':',
        '，' => ',',
        '；' => ';',
        '—' or '–' or '―' or '－' => '-',
        '〔' or '［' or '【' => '[',
        '〕' or '］' or '】' => ']',
        _ => TraditionalToSimplified.TryGetValue(ch, out var simplified) ? simplified : ch,
    };

    private static FrozenDictionary<char, char> BuildTraditionalMap()
    {
        // Pairs: traditional, simplified. Limited to the vocabulary of annual reports (titles,
        // row labels, outcome and quantity words); extending it is safe.
        const string pairs =
            "開开動动況况領领點点網网務务議议辦办結结讀读輿舆會会關关應应請请詳详細细臺台載载體体設设聞闻發发實实報报" +
            "復复複复訴诉訟讼機机進进問问題题與与項项統统計计劃划總总說说資资訊讯檔档規规範范這这個个數数條条責责" +
            "為为於于從从對对當当時时間间據据據据經经歷历類类屬属護护據据層层區区縣县鄉乡鎮镇門门戶户網网頁页欄栏傳传" +
            "導导權权歸归並并來来還还將将產产業业農农場场醫医療疗險险衛卫環环齊齐際际雜杂誌志刊刊聯联絡络號号碼码" +
            "電电話话郵邮稱称於于級级員员專专職职兼兼費费維维紀纪錄录釋释覆覆決决準准辭辞駁驳維维糾纠錯错撤撤銷销" +
            "調调轉转審审處处罰罚強强徵征稅税財财預预決决務务購购採采標标單单獨独憑凭證证書书寫写頭头標标舉举訪访" +
            "談谈導导稿稿辦办帶带須须儘尽與与將将師师團团歲岁園园圖图畫画幣币萬万億亿餘余幾几兩两減减負负擔担繼继續续" +
            "舊旧無无沒没並并歸归適适選选舉举義义麼么樣样為为們们別别學学習习訓训練练組组織织懷怀願愿識识顯显態态" +
            "節节範范圍围濟济構构築筑違违規规紀纪險险礙碍礎础異异遞递點点監监督督察察幹干參参種种準准屆届陸陆陳陈" +
            "擴扩廣广慶庆營营熱热災灾辦办週周邊边線线連连鏈链優优質质務务滿满氣气憂忧條条劃划鬥斗爭争賽赛" +
            "諮咨詢询達达討讨論论紹绍訂订補补圓圆擬拟實实徑径訊讯總总勵励爾尔張张厲厉歷历";
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            map.TryAdd(pairs[i], pairs[i + 1]);
        }

        return map.ToFrozenDictionary();
    }
}
