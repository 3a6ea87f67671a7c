package de.kiregister;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@Modulithic(systemName = "KI-Register", sharedModules = "shared")
@SpringBootApplication
public class KiRegisterApplication {

    public static void main(String[] args) {
        SpringApplication.run(KiRegisterApplication.class, args);
    }
}
