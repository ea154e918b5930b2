"""Probe4 notes, patients W11-W15 (synthetic; every sentence written for this corpus)."""

PATIENTS = [
    {
        "patient_id": "W11",
        "age": 76,
        "sex": "M",
        "notes": [
            ("2018-03-01", "Nursing Progress Note", """
NSG NOTE 0300-1500. Pt A&Ox3, on 4W for L thigh wound + fluid overload, HD today (MWF) -2.8 L.
Pain to L lateral thigh wound 9/10, medicated w/ hydromorphone 0.5 mg IV x2 w/ relief to 5/10.
Changed L lat thigh dsg per WOC orders: black eschar center, purple mottled edges,
scant serous drainage.
Old well-healed scar R anterior thigh - pt states it is from a dog bite in 2005, no issues since.
PIV #20 R hand, flushes well. Previous PIV L forearm pulled on admission d/t infiltration, L forearm
slightly swollen, skin intact, elevated on pillow.
SC heparin 5000 units q8h held per MD - pt on warfarin, INR 2.6.
Turned q2h, heels floated. Skin otherwise intact. Will cont to monitor.
"""),
            ("2018-03-02", "Dermatology Consult", """
DERMATOLOGY CONSULT - INPATIENT

76 y/o M, ESRD on HD MWF x 5 yrs, DVT 2016 on warfarin since, obesity (BMI 31.0), no diabetes.
Painful L lateral thigh lesion since Feb 2018, gradually enlarging, now necrotic.
No thigh injections of any kind (not diabetic, no heparin at home). Has not applied heat or
ice; does not wear tight clothing or straps on the leg; no fall. The old dog-bite scar is on the other thigh.

EXAM: L lateral thigh retiform purpura, 10 by 7 cm, w/ central adherent eschar 4 cm; livedo racemosa
extending to the L buttock. R thigh: linear 6 cm hypopigmented scar, no purpura.

ASSESSMENT: clinically calciphylaxis; warfarin and hyperphosphatemia contribute.
PLAN: 2 punch bx today. Recommend stop warfarin (switch to apixaban w/ hematology), STS with HD,
low-Ca bath, wound care.
"""),
            ("2018-03-10", "Discharge Summary", """
Discharge Summary

Dx: 1. Calciphylaxis, L lateral thigh, biopsy confirmed (3/2: vascular calcifications with
thrombi). 2. ESRD on HD. 3. Hx DVT - warfarin stopped, apixaban started. 4. Obesity.
Course: Started sodium thiosulfate 3x/wk at HD. Pain improved with scheduled opioids. Eschar stable,
no infection. Peripheral IV infiltrate L forearm on admission resolved with elevation.
Follow-up: wound clinic in one week, derm 2 wks, HD unit MWF with STS.
"""),
        ],
    },
    {
        "patient_id": "W12",
        "age": 52,
        "sex": "F",
        "notes": [
            ("2021-08-20", "Dermatology Clinic", """
DERMATOLOGY - URGENT ADD-ON

CC: painful leg sore.
HPI: 52F w/ ESRD on HD MWF (FSGS), BMI 45.0, non-diabetic, presents w/ exquisitely painful sore on
the L shin, onset 8/14. She thinks she may have bumped it on the bed rail at her mother's house last
week but honestly does not remember hitting it. No bruise was ever seen there.

Template ROS/exposure screen:
- Recent injections at lesion site: denies
- Heat or cold application: denies
- Falls: denies
- Insect bites: denies
- Tight garments / compression: denies
- Anticoagulants: none (never on warfarin)

Exam: L anterior shin: eschar-covered ulcer, 3 by 2.5 cm, rim of retiform purpura, livedo
extending up the L calf. R leg normal.

A/P: Ulcer L shin - calciphylaxis favored over traumatic ulcer given pain, retiform edge and dialysis
status. Deep punch bx today. Pending path, no compression wraps.
"""),
            ("2021-08-24", "Surgical Pathology", """
FINAL PATHOLOGIC DIAGNOSIS
Skin, left shin, punch biopsy:
- Calciphylaxis: calcified small arteries and arterioles in subcutaneous fat with intravascular
  thrombi and fat necrosis.
- Negative for vasculitis.
Electronically signed 08/24/2021.
"""),
            ("2021-08-27", "Dialysis Rounds", """
Renal rounds, chairside. ESRD/HD MWF. Bx-proven calciphylaxis L shin (path 8/24).
Doing ok, pain 6/10. STS to start today, 25 g IV post-HD.
Ca 9.1 / Phos 6.9 / PTH 540: Ca acetate stopped, sevelamer 1600 tid.
Wound: per derm, no compression, keep moist dressing.
Vol: at EDW. Access L AVF functioning.
"""),
        ],
    },
    {
        "patient_id": "W13",
        "age": 63,
        "sex": "M",
        "notes": [
            ("2024-01-20", "Emergency Department Note", """
ED Note
63M ESRD on HD (MWF) presents w/ painful thighs. Wife noticed purple "lace" on both inner thighs
in early Jan; now open black areas. Denies trauma, falls, insect bites, injections, heating pads.
On warfarin for LV thrombus (INR 3.9 today).
Skin: b/l medial thighs w/ livedo racemosa and 2-3 cm necrotic ulcers, L 3, R 2. Exquisite pain.
Plan: admit, derm consult, hold warfarin.
"""),
            ("2024-01-22", "Dermatology Consultation (dictated)", """
UNIVERSITY DERMATOLOGY ASSOCIATES - INPATIENT CONSULTATION

DATE OF SERVICE: January 22, 2024

REASON FOR CONSULTATION: Necrotic ulcers of both thighs.

HISTORY OF PRESENT ILLNESS: Mr. Halvorsen, 63, has ESRD due to polycystic kidneys and has been on
hemodialysis three days a week since 2021. He has a left ventricular thrombus,
treated with warfarin since October 2023. Starting in early January he and his wife noticed a lacy
purple pattern on the inner aspects of both thighs, which in the past week broke down into several
exquisitely painful black ulcers. He has not had any injections into the thighs; he is not diabetic
and receives no subcutaneous medications at home. He does not use heating pads or ice packs, and he
denies resting a laptop, his forearms or anything else on his thighs. No scratches, bites or falls.

FAMILY HISTORY: His mother was on dialysis in the 1990s and, per the patient, "had calciphylaxis on
her legs". No other skin disease.

EXAMINATION: Bilateral medial thighs with confluent livedo racemosa and five necrotic ulcers with
adherent eschar, ranging from 1.5 to 3 cm. Right buttock and both calves are spared. BMI 26.

PROCEDURE: Two 5 mm punch biopsies, left medial thigh, one for routine histology plus von Kossa, one to
microbiology.

PATHOLOGY (called 1/23): calcific uremic arteriolopathy; arteriolar medial calcium and luminal
thrombi in the fat.

ASSESSMENT: Biopsy-proven calciphylaxis, both medial thighs. Warfarin and
hyperphosphatemia are likely contributors. No local trauma preceded the lesions.

RECOMMENDATIONS:
1. Discontinue warfarin permanently; primary team to discuss apixaban with cardiology.
2. If subcutaneous heparin is started for prophylaxis, do not inject into the thighs or abdomen near
   the lesions; the arms are preferred.
3. No ice packs or heat to the thighs.
4. Sodium thiosulfate with dialysis.
"""),
            ("2024-01-30", "Discharge Summary", """
DISCHARGE SUMMARY - Hospital medicine
Admitted 1/20/24, discharged 1/30/24.
Principal dx: calciphylaxis (medial thighs, both sides), bx 1/22.
Hospital course: warfarin discontinued; apixaban started 1/25 per cardiology. STS given with HD
1/22, 1/24, 1/26, 1/29. Pain managed with PCA hydromorphone, later PO. Wound care: Vaseline gauze
and foam, daily.
Future: SC heparin was not needed. If admitted again, avoid thigh injections.
"""),
        ],
    },
    {
        "patient_id": "W14",
        "age": 70,
        "sex": "F",
        "notes": [
            ("2019-04-22", "Dialysis Rounds", """
HD rounds - Mon 4/22/19
70F ESRD (DKD) on HD MWF via RUE AVG. DM2 - insulin glargine 22u qam into abd.
Obese, BMI 34.7.
Interval: fell at home 4/2/19 (tripped on rug), landed on L hip - large bruise L hip, XR neg for fx.
New: b/l calves painful purplish lacy areas since 4/15/19, now w/ small black scabs.
Plan: derm consult (urgent), check Ca/Phos/PTH, hold Ca binder.
Vol: 1.5 kg over EDW. UF 2.5 L.
Anemia: Hgb 10.1 - cont ESA.
Access: +thrill/bruit.
"""),
            ("2019-04-24", "Dermatology Consult", """
Derm consult: b/l calf lesions.
70F HD pt, insulin-treated DM2, obese. Fall 4/2 w/ L hip bruise, now fading (yellow-green), no skin
break. Calf lesions began 4/15, nine days before today: no trauma to the legs before then. Insulin
is only into the abdomen. No compression stockings, heat or ice.
PMH: biopsy-proven calciphylaxis of the lower abdomen at her insulin sites in 2014, healed by
mid-2015 after STS; that area has stayed closed and soft since.
Exam: posterior calves b/l with retiform purpura and dry eschars from half a cm to 1.5 cm, R > L; L lateral hip
faded ecchymosis, no purpura, no induration. Abdomen: no lesions at injection sites.
Bx R calf today (4 mm punch): calcified small subcutaneous vessels with thrombi on frozen.
Impression: calciphylaxis of both calves. Not related to the hip bruise (different site) or to the
injection sites.
Plan: STS w/ HD, wound care, pain mgmt, nutrition.
"""),
            ("2019-04-29", "Dialysis Rounds", """
HD rounds - Mon 4/29/19
70F ESRD (DKD) on HD MWF via RUE AVG. DM2 - insulin glargine 22u qam into abd.
Obese, BMI 34.7.
Interval: fell at home 4/2/19 (tripped on rug), landed on L hip - large bruise L hip, XR neg for fx.
New: b/l calves painful purplish lacy areas since 4/15/19, now w/ small black scabs.
UPDATE 4/29: derm bx 4/24 = calciphylaxis. STS started 4/26, tolerated. Ca binder d/c'd, sevelamer.
Vol: 0.8 kg over EDW. UF 2 L.
Anemia: Hgb 10.3 - cont ESA.
Access: +thrill/bruit.
"""),
        ],
    },
    {
        "patient_id": "W15",
        "age": 59,
        "sex": "F",
        "notes": [
            ("2025-02-11", "Hospital Medicine Progress Note", """
Hospital Day 11 - Progress Note

59F ESRD on HD, admitted 1/31 w/ L leg DVT. Enoxaparin started 2/1 (renally dosed, SC periumbilical,
RN rotates sites around the navel), bridging to warfarin (INR 1.9 today). BMI 30.2.

S: c/o very painful lumps around her belly button since yesterday.
O: periumbilical abdomen w/ 4-5 firm, tender subcutaneous nodules, 1-2 cm, overlying violaceous
livedo in a ring around the umbilicus; no ulceration yet. Platelets 212 (stable).

A/P:
# Painful periumbilical nodules with livedo at enoxaparin sites - ddx: injection-site hematoma,
  heparin-induced skin necrosis, early calciphylaxis (ESRD, warfarin start). Cannot exclude CUA.
  Derm c/s. Move enoxaparin injections to the thighs for now. HIT panel sent.
# DVT: continue bridge.
"""),
            ("2025-02-14", "Discharge Summary", """
DISCHARGE SUMMARY
Dx: LLE DVT; ESRD on HD; painful periumbilical nodules with livedo.
Derm saw pt 2/12: possible calciphylaxis vs. heparin-related skin reaction; recommended incisional
biopsy. Pt declined biopsy after discussion ("I don't want another hole that won't heal").
HIT antibody negative. Nodules slightly less tender after enoxaparin moved off the abdomen.
Discharged on warfarin alone (INR 2.3).
Dx at discharge: Periumbilical nodules - etiology unclear; calciphylaxis not confirmed, remains in
the differential. Derm f/u 2 wks; outpatient bx to be offered again.
"""),
        ],
    },
]
