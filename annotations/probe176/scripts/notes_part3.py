"""probe176 corpus notes, B15-B20 (travel medicine, immunization clinics, pharmacy vaccine records
and the dialysis, dermatology, wound and primary-care notes around them; all invented)."""

B15 = {"patient_id": "B15", "age": 74, "sex": "M", "notes": [
("2016-10-18", "Pharmacy Immunization Record", """
ORRIN STREET PHARMACY - VACCINE ADMIN RECORD
Pt: B15   74 M   Payer: Medicare Part B
Screening questionnaire reviewed: not ill today; no vaccine allergy; no prior reaction; not on
blood thinners; chronic conditions - CKD 4 (no dialysis), diabetes on insulin.
1) Influenza, high-dose trivalent 0.5mL   lot UH3971   IM R deltoid
   VIS: Influenza (inactivated) 8/7/2015
2) Pneumococcal conjugate (PCV13) 0.5mL   lot M40128  IM L deltoid
   VIS: PCV13 11/5/2015
Needle 1" 25G each. Given by L. Achterberg, RPh, 10/18/16 10:15.
15-min wait done, no reaction. Told to expect a sore arm for 1-2 days; acetaminophen ok.
Next: PPSV23 in >= 1 year. Shingles vaccine: pt to check coverage.
Reported to state registry; copy faxed to PCP Dr. Lindqvist.
"""),
("2016-11-09", "Primary Care Visit and Adverse Event Report", """
PRIMARY CARE - ACUTE + VAERS
74M, CKD stage IV (GFR 22, not dialyzing), T2DM - glargine + aspart, HTN. Got PCV13 L deltoid
and flu R deltoid at the pharmacy 10/18. About a week later a sore, firm lump appeared in the
L upper arm at/just below the PCV13 spot and it hasn't gone away; now purple.
Exam: 128/70, 74, afebrile, BMI 29.8 (overweight). L lateral upper arm: 3x2.5cm firm,
tender subcutaneous nodule with violaceous surface and faint livedoid rim, no fluctuance, no
warmth. R arm normal.
Labs: PTH 410, PO4 5.9, Ca 9.9; WBC 7.2; albumin 3.7. On calcitriol 0.25 daily, calcium acetate.
A: L deltoid nodule after PCV13 - injection-site reaction / panniculitis most likely; with
CKD 4 and
a high phosphate, early calciphylaxis is also possible and cannot be ruled out.
P: Offered punch/incisional biopsy - pt declines ("not more needles"). Hold calcitriol,
nephrology aware. Photo in chart. VAERS report submitted (injection site reaction, possible
calciphylaxis). Recheck 3 wks.
"""),
("2017-01-17", "Nephrology Clinic Note", """
NEPHROLOGY - CKD CLINIC
74M CKD 4 (eGFR 21, Cr 2.9), insulin-treated T2DM, HTN. Not yet on dialysis; fistula
planning discussed, not ready.
L upper arm nodule (started ~10/25/16 after PCV13): softer and smaller, 2x1.5cm, mild
tenderness, color fading. Differential still injection-site panniculitis vs possible early
calciphylaxis - never biopsied, so not confirmed either way.
Labs: Ca 9.6, Phos 5.1, PTH 380. Calcitriol stopped 11/2016; sevelamer started.
Wt 91.0kg, BMI 29.5.
He moves to Arizona next month (daughter's house); chart copy and photos mailed to the
nephrologist there, with a request to biopsy if it flares.
"""),
]}

B16 = {"patient_id": "B16", "age": 80, "sex": "F", "notes": [
("2019-01-07", "Emergency Department Note", """
ED NOTE
80F; ESRD (HD MWF); chronic AF, takes warfarin; T2DM - linagliptin. Flying home from her
son's for the
holidays, she fell yesterday at the airport baggage claim, struck her R thigh on the carousel
edge. Could walk with hlep. Today the thigh is swollen and black and blue.
Exam: 156/72, HR 88 irreg, afebrile. R lateral thigh: 15x10cm ecchymosis, tense but soft
hematoma, skin intact, distal pulses present. Hip and knee ROM ok.
INR 3.6. Hgb 9.6 (baseline 10.2).
CT R thigh: hematoma in muscle and subcutis, no contrast blush, femur intact.
A: Fall, R thigh hematoma, supratherapeutic INR.
P: Warfarin held 2 days, no reversal needed. Acetaminophen. HD tomorrow as scheduled, recheck
Hgb there. Home with daughter.
Wt 58kg, BMI 24.3.
"""),
("2019-01-28", "Hemodialysis Progress Note", """
HD PROGRESS NOTE
80F MWF. R lateral thigh much more painful this week, center darkening; pain 9/10, unable
to lie on that side. Afebrile.
Exam: R lateral thigh - the old bruise has mostly faded at the edges, but centrally there is a
6x5cm stellate area of retiform purpura with black necrosis and indurated border.
INR 2.9 (warfarin resumed 1/9). PTH 560, PO4 6.1, Ca 9.4, albumin 2.8.
A: Necrotic plaque R thigh. Differential: (1) calciphylaxis (2) warfarin-induced skin
necrosis (3) pressure necrosis of skin over a tense hematoma. Concern for calciphylaxis is
real (warfarin, low albumin).
P: Warfarin held again. Derm urgent. Family
meeting re: goals; pt has said before she is tired of dialysis.
"""),
("2019-02-11", "Dermatology and Palliative Care Note", """
DERMATOLOGY CONSULT, WITH PALLIATIVE CARE
80F on HD with a necrotic R lateral thigh plaque. Possible calciphylaxis; other possibilities
are warfarin necrosis or necrosis over the resolving hematoma. Only a deep biopsy would sort
this out - explained; pt declines the biopsy and any further workup. Capacity intact.
With her daughter she has chosen to withdraw from HD; home hospice referral made.
Lesion today 7x6cm, eschar, no infection.
Plan: comfort-focused wound care (foam + absorbent pad), morphine elixir low dose prn, no
sodium thiosulfate. Warfarin discontinued. Diagnosis left unconfirmed.
Wt 57.2kg, BMI 24.1.
"""),
]}

B17 = {"patient_id": "B17", "age": 49, "sex": "F", "notes": [
("2021-05-11", "PD Clinic Visit", """
PERITONEAL DIALYSIS CLINIC
49F on CCPD since 2019, T1DM since age 14 (basal glargine, lispro boluses), HTN, obesity.
For ~3 weeks: sore, hard lumps low on the belly, all in the area where she gives her
insulin; one has turned purple.
Exam: 148/88, wt 98.4kg, BMI 37.2. Lower abdomen below the umbilicus: four 1-2cm firm,
tender subcutaneous nodules, the largest with a violaceous, faintly net-like overlying skin;
no ulcer. Lipohypertrophy R and L of midline, lower abdomen. Exit site unremarkable.
Labs: PTH 720, PO4 6.8, calcium 9.9; A1c 8.6; albumin 3.2.
A: Painful abdominal nodules at insulin sites - r/o calciphylaxis vs inflamed lipohypertrophy /
panniculitis.
P: Derm referral. Move insulin injections to the backs of the arms and the outer thighs.
Stop calcium carbonate.
"""),
("2021-06-08", "Dermatology Consult", """
DERMATOLOGY - FOLLOW-UP
49F on PD. Punch bx 5/25/21 of the purple abdominal nodule: mixed panniculitis; no calcium
in vessels
on H&E/vK - though the 4mm punch only just reached the deep fat.
Nondiagnostic; calciphylaxis not excluded.
Today nodules smaller and less tender; insulin now goes into arms/thighs.
Offered a deep incisional biopsy - she prefers to wait; she is relocating abroad next month.
A: Abdominal nodules - panniculitis from insulin, or possibly early calciphylaxis.
P: PD team asked about empiric STS to cover possible calciphylaxis; they will
add IP STS to the day dwell. Photos taken.
"""),
("2021-07-20", "Travel Medicine Pre-Departure Consult", """
TRAVEL MEDICINE - PRE-DEPARTURE (RELOCATION)
49F moving to Cebu, Philippines 8/15/21 to live with her sister; will continue CCPD there
(supplier confirmed).
PMH: ESRD on CCPD, T1DM on insulin, HTN, obesity (BMI 37.0). Abdominal nodules - working
diagnosis possible early calciphylaxis vs panniculitis, never confirmed; improving on IP STS.
Vaccines today (VIS given): Typhoid Vi 0.5mL IM L deltoid; Hep A #1 1mL IM R deltoid.
JE vaccine (long stay, some rural time): #1 today 0.5mL IM L deltoid, #2 on 7/27
(accelerated 0/7-day schedule). Rabies pre-exposure offered - declined.
Malaria: none for Cebu city.
Records (PD, derm photos, path) given to pt for the receiving nephrologist.
"""),
]}

B18 = {"patient_id": "B18", "age": 59, "sex": "M", "notes": [
("2025-10-14", "Hemodialysis Progress Note", """
HD PROGRESS NOTE
59M TTS. Back 8/30 from a 2-wk birding trip in Belize (jungle lodge, lots of sandfly bites).
Ulcer on the L shin x ~6 wks: started as a "bug bite" bump, grew, now a crater with a raised
edge. Mild pain, 3/10. No fever.
O: 138/82, 76, 36.7 C, wt 78.2kg, BMI 25.4.
L anterior shin: 2.5cm round ulcer with rolled violaceous border, granular base, thin crust;
2 small satellite papules. No retiform purpura, no livedo.
Labs 10/7: Ca 9.3, Phos 5.6, PTH 380, Alb 3.9.
A: L shin ulcer after tropical travel in an HD pt - ?calciphylaxis vs infection (leishmania,
mycobacteria, ecthyma).
P: Derm for biopsy with tissue culture and PCR. Travel clinic FYI.
"""),
("2025-10-28", "Dermatology Consult", """
DERMATOLOGY CONSULT
59M on HD, L shin ulcer after Belize. Punch bx 10/21/25 at the ulcer edge: dense dermal
lymphohistiocytic infiltrate with plasma cells and intracellular amastigotes; vessels free
of calcium (vK neg), no thrombi. Leishmania PCR positive, L. mexicana complex.
DX: cutaneous leishmaniasis. Calciphylaxis ruled out.
Exam: ulcer 2.6cm, unchanged; satellite papules.
Plan: discussed with ID/travel medicine - local therapy preferred for a single L. mexicana
lesion given ESRD (avoid systemic antimonials/amphotericin): cryotherapy q3 wks or
thermotherapy. Referral sent. Wound: petrolatum + gauze, no occlusion;
nephrology aware the ulcer is infectious in origin and not a dialysis complication.
"""),
("2026-01-13", "Travel Medicine / ID Follow-up", """
TRAVEL MEDICINE & ID CLINIC - FOLLOW-UP
59M, ESRD on HD, cutaneous leishmaniasis (L. mexicana) L shin, acquired in Belize 8/2025.
Calciphylaxis had been raised by his dialysis team but the biopsy excluded it.
Treatment: liquid nitrogen cryotherapy 11/4, 11/25, 12/16; well tolerated.
Today: ulcer re-epithelialized, 2cm atrophic hypopigmented scar, no papules at the margin.
Wt 78.0kg, BMI 25.3.
Plan: clinical cure; recheck in 3 mo for relapse at the scar edge; photo taken for comparison.
Dialysis unit updated - no isolation or special precautions needed. Future trips: long sleeves,
permethrin-treated clothing, DEET after dusk.
"""),
]}

B19 = {"patient_id": "B19", "age": 45, "sex": "F", "notes": [
("2020-01-21", "Travel Medicine Pre-Travel Consult", """
TRAVEL MEDICINE - PRE-TRAVEL CONSULT
45F, safari in Kenya (Nairobi, Maasai Mara, Lake Nakuru) 2/15 - 2/29/2020.
PMH: CKD stage 3a from IgA nephropathy (eGFR 52, not on dialysis), HTN, obesity. No DM.
FHx: her mother dialyzed for nine years and died in 2011 of calciphylaxis; pt is anxous that
vaccines could trigger the same thing.
Meds: losartan 50, atorvastatin 20, fish oil.
VS 124/78, 72, wt 86.3kg, BMI 31.0.
Skin: no lesions; arms and thighs normal.
Vaccines today (VIS given): yellow fever 0.5mL SC L upper arm (ICVP issued, valid from 1/31/20);
Typhoid Vi 0.5mL IM R deltoid. Hep A series complete (2014). Tdap 2017.
Malaria: atovaquone-proguanil daily (dose fine at eGFR >30), start 1-2 d before, 7 d after.
Reassured: mild CKD, no dialysis, normal skin today.
"""),
("2020-02-04", "Primary Care Follow-up", """
PRIMARY CARE FOLLOW-UP
45F, CKD 3a, HTN, obesity. Here before her trip; arms fine after vaccines 1/21 - mild soreness
for a day, nothing else.
Worried again about her mother's history of calciphylaxis. Skin exam: no lesions on arms, trunk,
thighs or legs. No evidence of calciphylaxis. Explained her risk is low.
Labs: Cr 1.3 / eGFR 51; Ca/Phos/PTH 9.4/3.6/68.
BP 122/76, wt 85.9kg, BMI 30.8.
Plan: continue losartan; safe travels; repeat BMP in 3 mo. Reminded to start
atovaquone-proguanil 2/14 and to keep the yellow card with her passport. Weight loss plan:
walking 30 min 5 days/wk, dietitian visit after the trip.
"""),
]}

B20 = {"patient_id": "B20", "age": 66, "sex": "M", "notes": [
("2026-09-15", "Pharmacy Immunization Record", """
BRACKWATER CLINIC PHARMACY - VACCINE ADMINISTRATION + COUNSELING
Patient B20  66 M  Allergies: penicillin (hives)
Screening: well today; ESRD on hemodialysis (R arm fistula - use L arm only); diabetes,
diet-controlled; no prior vaccine reactions; no blood thinners.
1) Recombinant zoster (Shingrix) #2 0.5mL IM L deltoid, lot 7Z4KD (dose #1 03/2026)
2) Influenza 2026-27 0.5mL IM L deltoid, 1 inch below the Shingrix site
VIS for both reviewed; consent on file. Given by R. Okwu, PharmD.
Counseling: sore arm, fever or tiredness for 1-3 days is common after Shingrix. For arm
soreness use acetaminophen; please do NOT put ice packs or a heating pad on the shot site -
in dialysis patients calciphylaxis, a serious skin problem, can occur, and heat or cold may
make the skin worse. Call if a painful dark patch appears.
Observed 15 min. IIS updated; dialysis unit notified.
"""),
("2026-10-19", "Hemodialysis Progress Note", """
HD PROGRESS NOTE
66M MWF. Doing well. Shingrix series finished 9/15 at the pharmacy; sore L arm for 2 days,
used acetaminophen only. No new skin complaints.
O: 140/78, 70, 36.5 C, wt 86.7kg, BMI 28.7.
Skin check: arms, abdomen, thighs and legs intact; no purpura or nodules. R arm AVF
+thrill.
Labs 10/12: PTH 340, PO4 5.2, calcium 9.1, alb 3.9, spKt/V 1.45.
Diabetes managed with diet alone, A1c 6.4.
A/P: Doing well on HD; no signs of calciphylaxis. Continue current binder; annual foot exam done
(monofilament intact, pulses 2+). Pneumococcal status: PCV20 2024, complete.
"""),
]}

PATIENTS = [B15, B16, B17, B18, B19, B20]
