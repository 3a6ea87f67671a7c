package de.kiregister.roadmap;

/** The traffic light (Ampel) of a monthly status report. */
public enum TrafficLight {
    GREEN, YELLOW, RED
}
