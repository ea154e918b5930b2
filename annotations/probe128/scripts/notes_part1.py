"""probe128 corpus notes, Q01-Q07 (community health centre, interpreter-mediated visits; all invented)."""

Q01 = {"patient_id": "Q01", "age": 62, "sex": "F", "notes": [
("2023-04-12", "RN Walk-In Triage", """
RN walk-in. Interp Marisol R. (our Spanish staff interp) in the room. Daughter Yesenia in room too.
CC (pt's words): "una bola dura en la panza que me duele mucho" -> per interp "a hard ball on the tummy that hurts me a lot".
Per pt the thing showed up 3 wks ago, looked like a pimple at first, now the skin in the middle went dark. Denies fevers or chills. Goes to Cedar Row dialysis Mon/Wed/Fri.
Daughter gives her the NPH twice a day since Christmas, when mom came home from the hospital, bc pt can't read the lines on the syringe. Daughter points to where she always pokes: left side of belly under the navel "porque ahi tiene mas carnita" (interp: bc there is more meat there).
VS BP 152/88 HR 84 T 98.1 Wt 86.2 kg
Skin: L lower abd approx 3 cm firm purplish area, black center size of a pea, v tender to light touch.
Same-week PCP appt made. Told daughter to switch to other spots till seen.
"""),
("2023-04-19", "Adult Medicine Visit", """
LARKSPUR STREET CHC - ADULT MEDICINE
Interpreter: Spanish video interp ID 20417; daughter also present and helping.
S: 62yoF. Kidney failure, dialysis 3x weekly at Cedar Row; type 2 DM - NPH 14u bid since 12/25/22 (started at hosp d/c), HTN. Comes for the painful belly spot. Onset about 22 March per pt, "the skin got hard first, then purple, then the black". Rates pain 9 of 10; skirt rubbing makes it worse. No anticoagulants ever - pt shakes head firmly when interp asks about warfarin.
O: Ht 160.5 cm, BMI 33.4. LLQ, right in the zone daughter uses for the NPH: 4x3cm woody violet plaque; at its core a ~1cm black eschar; purple lacework mottling round the margin. Not fluctuant. R abd skin clear. BLE no lesions.
A/P:
#Black-centred plaque LLQ where insulin goes in, HD pt -> suspect calciphylaxis; abscess less likely. Urgent derm (Dr I. Varga), renal team emailed. No more NPH into the L abdomen; rotate to thighs or R side.
#Pain - sched APAP, low-dose tramadol (renally adjusted).
"""),
("2023-05-02", "Dermatology Consult", """
Derm consult - phone interp (Spanish) used throughout; pt and daughter both asked questions.
Path (4/24 punch; specimen from plaque periphery, L lower abdomen) reports medial calcific deposits in small subcutaneous vessels, clot in several lumens, and lobular necrosis of fat; positive von Kossa. Final dx: calciphylaxis, proven on biopsy.
The plaque grew on the very patch of skin where her daughter has injected NPH since Christmas; we think the repeated needle sticks were the trigger (koebnerization).
Pt via interp: "I always thought the needle made a bruise that turned black." Explained it is not the daughter's fault; daughter tearful.
Wt 84.6 kg, BMI now 32.8. Plan: nephrology to run STS on her HD days; calcium binder off; moist dressings; referred to palliative team re pain.
"""),
]}

Q02 = {"patient_id": "Q02", "age": 74, "sex": "F", "notes": [
("2021-01-20", "Home Visit - Community Health Worker / RN", """
Home visit w/ CHW. Son Minh interpreting (Vietnamese); pt declined the phone line, "my son explains better".
Sores behind both calves x 2 months, very painful, she can't sleep. Son explains: every night since late October mom heats a cloth bag of coarse salt in the wok and wraps it round both calves for the leg cramps she gets after her PD. "In Vietnam everybody does this."
PD nightly on the cycler, son sets it up. No sugar diabetes per son.
Seen: back of L calf ~3x2cm black crust, lacy purple skin round it. Back of R calf ~4x3cm same kind, edges shiny + hard. Feet warm.
Asked family to stop the salt bag for now. Will get pt into clinic next week, will book in-person interp.
"""),
("2021-01-27", "Primary Care Visit", """
Vietnamese interp (in person, Ms. Thao) + son.
74F. ESKD, nightly PD for 3 yrs. Paroxysmal AF - takes warfarin (INR 2.6 Jan 20). HTN. A1c 5.8, not diabetic.
HPI: bilateral calf sores, began in November, on the exact areas where the hot salt pack has been wrapped each night since Oct 2020. Pt via interp: "the heat helped the cramps, then the skin went dark and now it is like a burn that does not heal."
Exam: Wt 52 kg, BMI 22.4. Bilat posterior calves: stellate necrotic ulcers w/ black eschar, surrounding retiform purpura, exquisitely tender. No edema. DP pulses palpable.
Imp: painful necrotic ulcers, both calves, PD + warfarin, exactly over the nightly heat - worried about calciphylaxis; erythema ab igne/burn also considered.
Plan: urgent derm + nephrology; hold heat; pain mgmt.
"""),
("2021-02-15", "Nephrology Clinic Note", """
Renal clinic. Interp: Vietnamese phone interp #5520.
Derm punch biopsy 2/4 from R calf: calciphylaxis (vessel wall calcium + thrombosis in subcutaneous fat). Both calves affected, lesions onset Nov 2020, on skin heated nightly since Oct.
Warfarin stopped today -> apixaban (cardiology agrees). CaCO3 off, sevelamer on. PD dose up. STS IV thrice weekly at infusion centre.
Son asked if the salt bag caused it - told him the heat likely made those spots the place where it showed up.
"""),
]}

Q03 = {"patient_id": "Q03", "age": 47, "sex": "M", "notes": [
("2019-11-20", "Same-Day Visit", """
Same day appt. Creole interp by phone, #3381.
Pt (via interp): "gen yon bouton ki fe m mal anpil sou kuis goch mwen" -> "I have a bump that hurts me a lot on my left thigh."
Started 2 wks ago. Pt wearing a hinged knee brace since ER visit on 10/03/2019 when he twisted the L knee at the warehouse; ER told him to keep it on all day. Top strap sits tight above the knee, leaves a deep line.
PMH: ESKD, HD Tu-Th-Sa through R arm fistula; T2DM (linagliptin); HTN.
Exam: Wt 97kg Ht 179.8cm -> BMI 30.0. L distal anterolateral thigh, directly under the upper brace strap: 2.5 cm stellate purpura w/ dusky grey center, mottled skin around. Very tender. L knee itself normal skin, no effusion.
A: purpuric painful lesion exactly under brace strap, dialysis pt. Rule out calciphylaxis; pressure injury the other option.
P: derm asap, loosen/remove brace, knee to be re-checked by ortho.
"""),
("2019-11-27", "Dermatology Consult", """
DERMATOLOGY - Creole interp in person (Jean-Robert).
47M on HD. Lesion L lower thigh began early Nov, sits on the band where the knee brace strap pressed since early October. Now 3.5 cm, central necrosis, livedo at the rim.
Punch bx today from the edge. Given clinical picture I am treating as calciphylaxis now, path pending.
Brace off; ortho says sprain healed. Pt worried he can't work - note for employer given.
"""),
("2019-12-12", "Follow-Up Visit", """
F/u - interp via video (Haitian Creole).
Path back: subcutaneous arterioles calcified, fibrin thrombi -> calciphylaxis confirmed. L thigh wound unchanged at 3.5x3cm, eschar, no cellulitis.
Last wk endo put him on glargine 10u (A1c 9.4); he injects into the abdomen, taught rotation. Not on warfarin. Wt 96 kg.
Plan: STS at dialysis per renal, wound clinic weekly.
"""),
]}

Q04 = {"patient_id": "Q04", "age": 58, "sex": "M", "notes": [
("2020-09-02", "Primary Care Visit", """
PCP visit. Somali interp by phone (Abdirahman, line 7).
CC: painful black sore in the groin.
Pt says through interp the sore is "where the doctor cut me for the hernia". Open R inguinal hernia repair done 2020-06-08 at St Brendan's, uneventful, incision healed fine by his post-op check. The sore came up in August, he says "a few days after Eid ended", now worse.
PMH: ESKD, four yrs of HD Mondays/Wednesdays/Fridays. Not diabetic. DVT L leg 2017 - was on warfarin for 6 mo, off since. HTN.
Exam: 81kg, BMI 27.3. R inguinal crease, along healed scar: black eschar 3x2cm, violaceous livedoid rim, very tender. No hernia bulge, no drainage.
A/P: necrotic R groin lesion sitting in the incision scar. Dialysis. Ddx calciphylaxis / late SSI / hernia back. Gen surg f/u, derm referral, CBC/CRP.
"""),
("2020-09-10", "General Surgery Clinic", """
Gen Surg clinic - interp in person (Somali).
Seen for R groin wound after open inguinal herniorrhaphy 06/08/2020. No recurrence on exam or US. No collection. Eschar overlying the mid-portion of the scar, with purpura spreading along it. Not consistent with surgical site infection. Our strong suspicion is calciphylaxis (he dialyses). Asked derm to biopsy; we will not debride yet.
"""),
("2020-09-24", "Dermatology Consult", """
Derm. Somali interp via video.
R groin bx 9/14: mural calcium + thrombus, small fat vessels. Calciphylaxis. Started in August 2020 within the healed hernia incision from June; the surgical scar is the likely trigger site.
Plan per renal: STS, cinacalcet. Pt asked (via interp) if he should have refused the surgery. Reassured.
"""),
]}

Q05 = {"patient_id": "Q05", "age": 69, "sex": "F", "notes": [
("2025-01-02", "Urgent Care Visit", """
Urgent visit. Cantonese interp in person (Mr. Leung).
Pt slipped on the ice outside her building on New Year's Eve on the way back from the bakery, landed on L knee. Pt: "just scraped, but my daughter worried because of my kidneys."
HD MWF. T2DM - daughter gives insulin in back of arms every morning.
Exam: L knee: 4 x 3 cm superficial abrasion, some gravel, mild bruising. ROM full. No bony tenderness.
Cleaned, irrigated, nonstick dressing. Tdap up to date. Return if redness/pus.
"""),
("2025-02-05", "Primary Care Follow-Up", """
Follow-up. Cantonese phone interp (#8816); daughter also on speaker.
Scrape on L knee had healed over by mid-Jan. Then since Jan 20 a hard, purple, sore patch on exactly that spot, now black skin in the middle. Pt via interp: "like the cold got into my knee and turned it black."
Exam: front of L knee, on top of the healed graze: 3cm hard violet plaque, eschar centrally, livedo all around. Pain out of proportion.
BMI 25.6. No anticoag.
Imp: ? calciphylaxis at site of recent trauma. Derm urgent.
"""),
("2025-02-12", "Dermatology Consult", """
Derm - Cantonese interp (video).
Punch bx L knee plaque -> calciphylaxis (subcutis: calcified small-vessel walls, thrombi, necrotic fat).
Onset 01/20/2025 on the knee she grazed in the fall on 12/31/2024 - Koebner-type localisation.
Plan: wound care, STS w/ dialysis, pain team.
"""),
("2025-03-10", "Wound Care Nurse Visit", """
Wound RN. Interp: Cantonese, in person.
L knee wound 3.2x2.8cm; eschar softening at edges; no odour; livedo around it fading. Pain down to 5 from 8.
Wt 59 kg, BMI 25.1. Daughter still gives insulin into the arms; reminded to rotate.
Continue silver alginate + foam, change Mon/Thu.
"""),
]}

Q06 = {"patient_id": "Q06", "age": 66, "sex": "M", "notes": [
("2022-11-18", "Nurse Visit - Injection", """
Nurse visit for monthly B12 shot. Arabic interp (video, Ms. Haddad).
Pt says the place we give the shot in his arm has hurt a lot since 10 days, and it turned dark. B12 NOT given today.
Looked: upper outer arm at the usual injection spot - 2 cm hard violet nodule, dusky center, lacy purple skin around, very tender to touch.
Pt takes warfarin (mechanical valve). PD at home.
Msg sent to PCP, appt Tues.
"""),
("2022-11-22", "Primary Care Visit", """
Arabic interp in person (Yousef). Wife present.
66 M, ESRD on PD (CAPD), mech MVR on warfarin (INR 3.1), B12 deficiency on IM cyanocobalamin monthly here since 05/2022 - always the same arm, pt's choice ("the one I don't sleep on").
HPI: painful dark spot at that arm injection site, began ~Nov 8.
Exam: weight 88kg, BMI 29.9 (overweight range). Arm: 2.5cm indurated violet plaque, dusky necrotic centre, livedoid halo, at the spot the nurses use for B12. No fluctuance.
A/P: necrotic plaque at IM site in PD pt on warfarin -> concern calciphylaxis. Derm urgent. Stop injections, switch B12 to oral.
"""),
("2022-12-06", "Dermatology Consult", """
Derm. Arabic interp by phone.
Bx from the arm plaque: calcified vessel walls in subcut fat + thrombi. = calciphylaxis. Localised to the monthly B12 injection site (injections from May 2022, onset early Nov).
Discussed with cardiology: valve requires anticoag; warfarin continues for now w/ vit K caution. STS with nephrology.
"""),
]}

Q07 = {"patient_id": "Q07", "age": 71, "sex": "F", "notes": [
("2024-03-20", "Primary Care Visit", """
Nepali interpreter by phone (Bishnu). Granddaughter Asmita present, also helped with words.
71F on HD (MWF), T2DM on diet only, OA hips.
HPI: Since January, frozen gel packs on her R hip for the arthritis pain, every night, "wrapped in a thin cloth, sometimes she falls asleep with it" (granddaughter). Early this month a hard painful dark patch came up on the outside of that same hip.
Exam: Wt 88.5 kg, BMI 35.1. R lateral hip (over trochanter): 5x4cm purple-black indurated plaque; retiform at its edges; eschar centrally. L hip skin normal.
A/P: ?calciphylaxis ?frostbite-type cold injury. No more ice. Derm referral, renal informed.
"""),
("2024-03-28", "Dermatology Consult", """
Derm - Nepali video interp.
R hip plaque: biopsy shows calciphylaxis. Lesion started early March 2024 exactly where ice packs have been placed nightly since Jan 2024 (cold as trigger).
Not on warfarin. Obese.
Plan: STS, stop ice, no heat either, pain control.
"""),
("2024-04-15", "Follow-Up Visit", """
F/u. Nepali interp in person.
R hip wound smaller, eschar intact, less pain. Pt via interp: "I listen now, no more cold things."
Wt 87 kg, BMI 34.6.
"""),
]}

PATIENTS = [Q01, Q02, Q03, Q04, Q05, Q06, Q07]
