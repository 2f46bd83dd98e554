using System.Buffers.Binary;
using System.Text;

namespace Gumu.Compliance.Input;

/// <summary>
/// Reads the directory of an OLE compound file ([MS-CFB]) far enough to list its storage and
/// stream names: header, FAT sector list (header DIFAT plus DIFAT chain), then the directory
/// sector chain through the FAT. Every step is bounded by the file's sector count, so a damaged
/// or hostile file cannot loop.
/// </summary>
internal static class CompoundFile
{
    public static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private const uint MaxRegularSector = 0xFFFFFFFA;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const int HeaderDifatEntries = 109;
    private const int DirectoryEntrySize = 128;
    private const int MaxNames = 4096;

    /// <summary>
    /// The names of the storage, stream and root entries, in directory order; null when the
    /// header is malformed or the directory cannot be reached.
    /// </summary>
    public static IReadOnlyList<string>? DirectoryNames(Stream stream)
    {
        var header = new byte[512];
        stream.Position = 0;
        if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length
            || !header.AsSpan(0, 8).SequenceEqual(Signature)
            || BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(0x1C)) != 0xFFFE)
        {
            return null;
        }

        var sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(0x1E));
        if (sectorShift is not (9 or 12))
        {
            return null;
        }

        var sectorSize = 1 << sectorShift;
        var sectorCount = (stream.Length / sectorSize) - 1;
        var fatSectors = FatSectors(stream, header, sectorSize, sectorCount);
        var directorySector = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x30));

        var names = new List<string>();
        var buffer = new byte[sectorSize];
        for (var steps = 0L; directorySector != EndOfChain && steps <= sectorCount && names.Count < MaxNames; steps++)
        {
            if (!ReadSector(stream, directorySector, sectorSize, sectorCount, buffer))
            {
                break;
            }

            for (var offset = 0; offset + DirectoryEntrySize <= sectorSize; offset += DirectoryEntrySize)
            {
                var entry = buffer.AsSpan(offset, DirectoryEntrySize);
                var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(entry[0x40..]);
                var type = entry[0x42];

                // 1 storage, 2 stream, 5 root; 0 is an unused slot. The length counts the terminating NUL.
                if (type is 1 or 2 or 5 && nameLength is >= 2 and <= 64 && nameLength % 2 == 0)
                {
                    names.Add(Encoding.Unicode.GetString(entry[..(nameLength - 2)]));
                }
            }

            directorySector = Next(stream, fatSectors, directorySector, sectorSize, sectorCount);
        }

        return names.Count == 0 ? null : names;
    }

    private static List<uint> FatSectors(Stream stream, byte[] header, int sectorSize, long sectorCount)
    {
        var declared = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x2C));
        var wanted = Math.Min(declared, sectorCount);
        var fat = new List<uint>();
        for (var i = 0; i < HeaderDifatEntries && fat.Count < wanted; i++)
        {
            fat.Add(BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x4C + (4 * i))));
        }

        var difatSector = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x44));
        var buffer = new byte[sectorSize];
        var perSector = (sectorSize / 4) - 1;
        for (var steps = 0L; fat.Count < wanted && steps <= sectorCount && ReadSector(stream, difatSector, sectorSize, sectorCount, buffer); steps++)
        {
            for (var i = 0; i < perSector && fat.Count < wanted; i++)
            {
                fat.Add(BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(4 * i)));
            }

            difatSector = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(4 * perSector));
        }

        return fat;
    }

    /// <summary>The FAT entry of <paramref name="sector"/>: the next sector of its chain.</summary>
    private static uint Next(Stream stream, List<uint> fatSectors, uint sector, int sectorSize, long sectorCount)
    {
        var entriesPerSector = (uint)(sectorSize / 4);
        var index = sector / entriesPerSector;
        if (index >= fatSectors.Count || fatSectors[(int)index] > MaxRegularSector || fatSectors[(int)index] >= sectorCount)
        {
            return EndOfChain;
        }

        var entry = new byte[4];
        stream.Position = ((long)fatSectors[(int)index] + 1) * sectorSize + (sector % entriesPerSector * 4);
        return stream.ReadAtLeast(entry, 4, throwOnEndOfStream: false) == 4
            ? BinaryPrimitives.ReadUInt32LittleEndian(entry)
            : EndOfChain;
    }

    private static bool ReadSector(Stream stream, uint sector, int sectorSize, long sectorCount, byte[] buffer)
    {
        if (sector > MaxRegularSector || sector >= sectorCount)
        {
            return false;
        }

        stream.Position = ((long)sector + 1) * sectorSize;
        return stream.ReadAtLeast(buffer, sectorSize, throwOnEndOfStream: false) == sectorSize;
    }
}
