package de.kiregister.classification;

import java.util.List;

/** One of the eight areas of Annex III, e.g. 5 "Grundlegende private und öffentliche Dienste". */
public record AnnexIIIArea(int number, String title, List<AnnexIIIPoint> points) {

    public AnnexIIIArea {
        points = List.copyOf(points);
    }
}
