ALTER INDEX public."Events_At" ATTACH PARTITION public."Events_C_At_Part";

