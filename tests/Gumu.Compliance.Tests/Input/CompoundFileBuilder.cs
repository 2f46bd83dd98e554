using System.Buffers.Binary;
using System.Text;

namespace Gumu.Compliance.Tests.Input;

/// <summary>
/// Builds a small but valid OLE compound file ([MS-CFB]): header, one FAT sector, streams in
/// regular sectors, and a directory whose sectors are not contiguous (the first right after the
/// FAT, the rest after the stream data), so a reader has to follow the FAT to find them.
/// </summary>
internal static class CompoundFileBuilder
{
    private const uint FreeSector = 0xFFFFFFFF;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FatSector = 0xFFFFFFFD;
    private const uint NoStream = 0xFFFFFFFF;
    private const int MiniStreamCutoff = 4096;

    /// <summary>Builds the file; streams hold either no data or at least 4,096 bytes (so none belongs in the mini stream).</summary>
    public static byte[] Build(int sectorShift, params (string Name, byte[] Data)[] streams)
    {
        var sectorSize = 1 << sectorShift;
        var sectors = new List<byte[]>();
        var fat = new List<uint>();

        int Allocate(uint fatEntry)
        {
            sectors.Add(new byte[sectorSize]);
            fat.Add(fatEntry);
            return sectors.Count - 1;
        }

        Allocate(FatSector);
        var entriesPerSector = sectorSize / 128;
        var directorySectorCount = (streams.Length + 1 + entriesPerSector - 1) / entriesPerSector;
        var directorySectors = new List<int> { Allocate(EndOfChain) };

        var starts = new uint[streams.Length];
        for (var s = 0; s < streams.Length; s++)
        {
            var data = streams[s].Data;
            if (data.Length == 0)
            {
                starts[s] = EndOfChain;
                continue;
            }

            if (data.Length < MiniStreamCutoff)
            {
                throw new ArgumentException("Small streams belong in the mini stream, which this builder does not write.");
            }

            var previous = -1;
            for (var offset = 0; offset < data.Length; offset += sectorSize)
            {
                var sector = Allocate(EndOfChain);
                data.AsSpan(offset, Math.Min(sectorSize, data.Length - offset)).CopyTo(sectors[sector]);
                if (previous < 0)
                {
                    starts[s] = (uint)sector;
                }
                else
                {
                    fat[previous] = (uint)sector;
                }

                previous = sector;
            }
        }

        while (directorySectors.Count < directorySectorCount)
        {
            var sector = Allocate(EndOfChain);
            fat[directorySectors[^1]] = (uint)sector;
            directorySectors.Add(sector);
        }

        if (fat.Count > sectorSize / 4)
        {
            throw new ArgumentException("The builder writes a single FAT sector.");
        }

        // Directory: root entry 0, streams 1..n; the root's child and the right-sibling links form
        // a (degenerate, all-black) tree in [MS-CFB] name order: shorter names first, then by upper case.
        var order = Enumerable.Range(0, streams.Length)
            .OrderBy(i => streams[i].Name.Length)
            .ThenBy(i => streams[i].Name.ToUpperInvariant(), StringComparer.Ordinal)
            .ToList();
        var entries = new byte[directorySectorCount * entriesPerSector][];
        entries[0] = Entry("Root Entry", type: 5, child: order.Count > 0 ? (uint)(order[0] + 1) : NoStream, right: NoStream, EndOfChain, 0);
        for (var k = 0; k < order.Count; k++)
        {
            var s = order[k];
            var right = k + 1 < order.Count ? (uint)(order[k + 1] + 1) : NoStream;
            entries[s + 1] = Entry(streams[s].Name, type: 2, child: NoStream, right, starts[s], (ulong)streams[s].Data.Length);
        }

        for (var e = 0; e < entries.Length; e++)
        {
            var entry = entries[e] ?? UnusedEntry();
            entry.CopyTo(sectors[directorySectors[e / entriesPerSector]], e % entriesPerSector * 128);
        }

        var fatBytes = sectors[0];
        for (var i = 0; i < sectorSize / 4; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(fatBytes.AsSpan(4 * i), i < fat.Count ? fat[i] : FreeSector);
        }

        var header = new byte[sectorSize];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(header, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(0x18), 0x003E);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(0x1A), (ushort)(sectorShift == 12 ? 4 : 3));
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(0x1C), 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(0x1E), (ushort)sectorShift);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(0x20), 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x28), sectorShift == 12 ? (uint)directorySectorCount : 0);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x2C), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x30), (uint)directorySectors[0]);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x38), MiniStreamCutoff);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x3C), EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x44), EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x4C), 0);
        for (var i = 1; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x4C + (4 * i)), FreeSector);
        }

        return [.. header, .. sectors.SelectMany(s => s)];
    }

    private static byte[] Entry(string name, byte type, uint child, uint right, uint start, ulong size)
    {
        var entry = new byte[128];
        var nameBytes = Encoding.Unicode.GetBytes(name);
        nameBytes.CopyTo(entry, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(entry.AsSpan(0x40), (ushort)(nameBytes.Length + 2));
        entry[0x42] = type;
        entry[0x43] = 1; // black
        BinaryPrimitives.WriteUInt32LittleEndian(entry.AsSpan(0x44), NoStream);
        BinaryPrimitives.WriteUInt32LittleEndian(entry.AsSpan(0x48), right);
        BinaryPrimitives.WriteUInt32LittleEndian(entry.AsSpan(0x4C), child);
        BinaryPrimitives.WriteUInt32LittleEndian(entry.AsSpan(0x74), start);
        BinaryPrimitives.WriteUInt64LittleEndian(entry.AsSpan(0x78), size);
        return entry;
    }

    private static byte[] UnusedEntry()
    {
        var entry = new byte[128];
        BinaryPrimitives.WriteUInt32LittleEndian(entry.AsSpan(0x44), NoStream);
        BinaryPrimitives.WriteUInt32LittleEndian(entry.AsSpan(0x48), NoStream);
        BinaryPrimitives.WriteUInt32LittleEndian(entry.AsSpan(0x4C), NoStream);
        return entry;
    }
}
