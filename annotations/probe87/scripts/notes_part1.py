"""probe87 corpus notes, G01-G07 (palliative care and hospice; all invented)."""

G01 = {"patient_id": "G01", "age": 79, "sex": "F", "notes": [
("2019-11-06", "Hospice Admission - RN Case Manager", """
HOSPICE ADMIT VISIT - home, Larchmont Rd
Terminal dx: ESRD, HD Tu/Th/Sa at Riverbend unit; pt + family still want to keep dialysis for now, revisit in 2 wks. Secondary: T2DM on basal insulin, CHF (EF 25%).
PPS 40%. Mostly bed/chair. Eats ~25% of meals.
Insulin: Lantus 10u qHS. Son (Teodor) draws it up and gives it. He says he has given each dose in the back of her left arm since June - "she fights me on the belly".
Skin: L posterior upper arm w/ 3 x 4 cm dusky purple hard patch, black center the size of a dime, net-like purple streaks around it. Exquisitely tender, pt pulled away when I lifted her sleeve. Son says it started 11/02 as a "hard knot". No drainage, no warmth.
Pain 8/10 at that spot, worse w/ sleeve or blanket contact.
Ht 160cm / Wt 70kg / BMI 27.3. No anticoagulants.
Plan: call MD re pain regimen; photo sent to hospice medical director; son instructed to move insulin away from L arm until seen.
"""),
("2019-11-14", "Palliative Dermatology Consult", """
Asked by hospice MD to see Mrs. Vukovic at home re: painful plaque L arm.
79F, HD-dependent kidney failure, insulin-requiring diabetes. Lesion began Nov 2 2019 per son, on the posterior L upper arm, precisely the patch he has used for her glargine since June 2019.
Exam: indurated violaceous plaque 4.5cm; stuck-on black eschar 1.5cm, and a livedoid rim around it. Rest of skin unremarkable, R arm clean.
After discussing burden vs benefit with pt and son, took a 4mm punch from the plaque margin under lidocaine (pt agreeable, wanted "a real answer"). Path (expedited): calcification of small dermal/subcut vessel walls w/ thrombi, positive von Kossa -> calciphylaxis, biopsy-proven.
A/P: calciphylaxis of L upper arm, most likely provoked by repeated insulin needle trauma at that spot. Recommend no further sticks in either arm; STS w/ HD to be discussed with nephrology only if consistent with her goals.
"""),
("2019-11-20", "Family Meeting Note", """
Family mtg at bedside. Present: pt, son Teodor, dtr-in-law, hospice SW, this RN, Dr. Lindqvist by phone.
Reviewed the biopsy result (calciphylaxis of the arm) in plain words: a condition of kidney failure where calcium blocks tiny blood vessels in the skin, rarely heals, can be very painful.
Pt: "I'm tired of the machine." After long talk she chose to stop dialysis after Saturday's run. Son tearful but supportive.
GOC: DNR/DNI, comfort focused, MOLST updated. Stop insulin; stop fingersticks.
Symptom plan: hydromorphone 0.5 mg PO q3h prn, dressing w/ non-adherent foam to L arm, pillow under arm to keep it off the bedrail.
Chaplain visit requested by family.
"""),
]}

G02 = {"patient_id": "G02", "age": 66, "sex": "M", "notes": [
("2021-01-05", "Outpatient Palliative Care Consult", """
Palliative Care Clinic - new pt
Referred by nephrology (Dr. Hartigan) for pain and "goals".
66M, ESRD, on cycler PD (CCPD) for 3 years; AF (was on warfarin 2016-2019, now apixaban), gout. No diabetes.
HPI: Exquisite pain R side of trunk. Since Thanksgiving an electric pad on the high setting has been wedged under his right flank every night for a "pulled muscle". About 3 weeks ago a tender purple blotch came up in that exact spot, then went black and hard. Wife: "It looks like somebody pressed a hot iron there."
Exam - R flank at the midaxillary line: 6 x 4 cm stellate necrotic plaque w/ livid reticular border, rim of induration. Heating pad grid pattern of faint brown mottling around it.
Wt 93 kg, BMI 30.0.
Impression: strongly suspect calciphylaxis of R flank triggered by heat; ddx thermal burn. Pain poorly controlled on tramadol.
Plan: unplug/remove the heating pad - gave wife written handout. Switch tramadol -> oxycodone 2.5mg every 4 hrs as needed. Derm for biopsy. Talked briefly about what matters most: "getting to see my granddaughter graduate in May".
"""),
("2021-01-19", "Dermatology Note", """
Derm clinic. Seen w/ palliative NP present.
Punch bx (6 mm, incisional at margin) from R flank plaque, done last visit 01/08/2021.
Path: medial calcification of arterioles w/ intimal proliferation, fibrin thrombi and a septal panniculitis. Consistent w/ calciphylaxis. No features of burn.
A: Calciphylaxis, R flank, arising in skin he heated nightly with the pad from late Nov 2020 on.
P: wound care per WOC nurse. Nephro aware -> IV sodium thiosulfate with PD discussed; pt would like to try it.
"""),
("2021-02-02", "Palliative Care Follow-up", """
Phone + video f/u.
Rates pain 5 of 10 these days (had been 9), sleeping in recliner. Uses oxycodone ~3x/day, senna daily, BM q2d.
Flank wound unchanged size, less odor w/ metronidazole gel.
Mood: "better than I thought I'd be".
GOC: full code for now, but would not want prolonged ventilation; named wife as HCP, form scanned. Weight 91 kg.
RTC 4 wks.
"""),
]}

G03 = {"patient_id": "G03", "age": 72, "sex": "F", "notes": [
("2022-05-24", "Palliative Care Inpatient Consult", """
PALLIATIVE MEDICINE CONSULT - 6 West
Reason: pain + GOC, "leg wounds".
Pt is a 72 yo woman w/ ESRD - HD MWF through a L arm AVF, HFpEF w/ chronic leg edema, DM2 managed w/ diet alone (A1c 6.4), obese - BMI 33.5.
Edema clinic fitted her with 20-30 mmHg thigh-high compression stockings in April 2022; she has worn them on both legs day and night since, removed only to bathe ("they were so tight they left ridges").
On 05/20/22 noticed exquisitely painful purple mottled areas on both calves where the stocking bands sit, now w/ central black areas.
Exam: bilateral posterior calves: multiple 2-5 cm retiform purpuric plaques, two w/ central eschar. Pedal pulses dopplerable.
Assessment: new painful necrotic lesions of both calves, suspicious for calciphylaxis. Derm consulted.
Recs: stockings off; elevate legs on pillows w/ heels floated; gabapentin 100mg after each HD run; IV hydromorphone 0.2mg every 3 hrs PRN.
"""),
("2022-05-27", "Dermatology Inpatient Consult", """
Derm c/s note.
Bilateral calves - retiform purpura and 2 eschars. Biopsy from L calf taken 5/25: subcut arterioles encrusted by calcium, scattered microthrombi, fat necrosis; calcium confirmed on von Kossa.
Dx - CUA/calciphylaxis, both calves.
The lesions follow the upper bands of her compression stockings which she has worn round the clock since April -> friction/pressure as a likely local trigger.
No warfarin now or ever per pt.
"""),
("2022-06-03", "Family Meeting Note", """
Family meeting, conf room 6W. Present: pt, husband Arvid, 2 daughters (one by phone), nephrology fellow, palliative MD, SW.
Shared what we know: calciphylaxis, poor healing odds, infection risk.
Pt values: being at home, not being in pain, her garden. Does not want amputation under any circumstance.
Decisions: continue HD for now w/ STS 3x/wk as a time-limited trial (6 wks); DNR, okay with ICU for antibiotics only. Will reassess at next mtg.
Husband asked about "what the end looks like" - discussed.
"""),
("2022-07-15", "Home Hospice IDT Note", """
IDT review - elected hospice after trial, HD stopped 7/08.
Wounds both calves larger, draining. Dressings daily by HHA w/ RN oversight.
Wt down to 78 kg, BMI 29.6 (edema less). Appetite poor.
Comfort kit in home. Pt resting in hospital bed, legs elevated on a foam wedge.
Prognosis days-weeks.
"""),
]}

G04 = {"patient_id": "G04", "age": 58, "sex": "M", "notes": [
("2023-04-20", "Palliative Care Progress Note", """
Pall care f/u, liver/renal clinic.
58M, alcohol-related cirrhosis, ascites refractory to diuretics, plus ESRD (HD since 2021). DM type 2 - insulin aspart sliding scale, glargine 14 units, injected in his thighs (rotates between them).
Tunneled peritoneal drain (PleurX) placed in R lower quadrant by IR on 03/08/2023 for home drainage q48h.
Pain around the drain exit site since early April. Today: RLQ, encircling the catheter, firm violaceous plaque (5cm) w/ 2 cm black eschar, reticulate purple margin. Drain site itself without pus. Afebrile.
Thighs w/ no lesions.
Impression: ?calciphylaxis at drain insertion site vs infected tunnel. Low threshold to treat infection.
Symptoms: pain 7/10 -> increase fentanyl patch to 25 mcg/h. Nausea controlled w/ haloperidol 0.5 mg qHS.
"""),
("2023-04-28", "Dermatology Consult", """
Derm - bedside at HD unit (pt preference, avoids extra trip).
RLQ plaque around PleurX exit, surrounding livedo.
Punch bx 4/21: vascular calcification + thrombosis in subcutis, von Kossa positive; tissue culture negative. -> confirmed calciphylaxis at the drain site. The lesion appeared about 4 wks after the drain was placed and is centered on it.
BMI 26.1. No warfarin.
Recs: gentle cleansing, hold off sharp debridement; pain mgmt per palliative.
"""),
("2023-05-10", "Goals of Care Conversation", """
GOC conversation documented per Serious Illness Conversation Guide.
Understanding: "my liver and kidneys are both done, and now the skin."
Information preference: wants the "big picture" but not numbers.
Fears: choking, dying alone. Sources of strength: sister Jolene, his dog.
Tradeoffs: would accept dialysis while it keeps him out of hospital; would NOT want CPR or intubation.
Plan: DNR/DNI, POLST completed (comfort + selected treatment). Hospice referral when he is ready to stop HD - he thinks "after summer".
"""),
]}

G05 = {"patient_id": "G05", "age": 88, "sex": "F", "notes": [
("2024-07-18", "Home Palliative Visit", """
Community palliative team - home visit w/ daughter present.
88F, CKD 5 w/ eGFR 9; opted for conservative kidney mgmt in 2022, has never had dialysis. AF, anticoagulated w/ warfarin, INR 2.4 when last checked. No diabetes.
Fourth of July: slipped getting off the bedside commode and landed on her right knee on the tile - scraped it raw, daughter cleaned it, no ED visit.
Yesterday daughter saw a "black spot" where the scrape was; pt reports it started hurting a lot on 07/16.
Exam: R anterior knee: 3x3cm tense dusky plaque with central dry black eschar, purple net-like border extending 2 cm; old abrasion lines visible. Exquisitely tender to light touch.
BMI 22.8.
Concern: calciphylaxis (uremic, warfarin) vs infected abrasion. Will ask derm tele-consult. Fall precautions reviewed, commode moved beside bed with a rubber mat.
"""),
("2024-07-25", "Tele-dermatology Consult", """
E-consult w/ photos from palliative RN + in-home punch biopsy performed by Dr. Osei on 7/19.
Path: stippled calcification of subcutaneous arterioles, luminal thrombi, ischemic fat necrosis; Gram stain neg.
Dx: calciphylaxis, right knee, in the location of the abrasion from her July 4th fall.
Given her goals, no surgical debridement. Consider switching warfarin if consistent with goals.
"""),
("2024-08-01", "Goals of Care Family Meeting", """
Family meeting (kitchen table). Pt, daughter Ines, son by speakerphone, palliative MD, RN.
Pt clear: "No hospitals. I want my own bed and my cat."
Agreed: stop warfarin (stroke risk accepted by pt), DNR/DNI confirmed, transition to hospice this week.
Pain: morphine 2.5 mg PO q4h prn (low renal function -> watch for myoclonus); knee dressing w/ silicone foam q3d.
Daughter to keep pt off the knee when positioning - pillow between legs, side-lying alternating.
"""),
]}

G06 = {"patient_id": "G06", "age": 63, "sex": "M", "notes": [
("2025-02-12", "Inpatient Hospice Unit Admission", """
Hospice house admit - Cedar Hollow.
63M, ESRD - withdrew from in-center HD 02/07/2025 after long discussion w/ family; metastatic prostate CA to bone. DM2, was on insulin until this week (stopped, comfort focus). BMI 35.2, obese.
Pain crisis on arrival. Started continuous SC hydromorphone via CADD pump; 25g butterfly placed in L upper chest (infraclavicular) on 2/10 at prior facility and kept in place.
Skin intact except old scar R forearm.
GOC: CMO, DNR. Wife and 2 sons at bedside.
"""),
("2025-03-01", "Hospice Physician Visit", """
MD visit - symptom mgmt.
Wife pointed out a painful dark spot at the pump needle site on his left upper chest; staff notes say it began 5 days ago as a red hard area.
Exam: L infraclavicular chest, centered on the butterfly insertion site: firm violaceous 3cm plaque, its middle black and necrotic, lacy purple border. No fluctuance. Pt grimaces when gown brushes it.
He has been living longer than expected off dialysis (residual urine output).
A: Calciphylaxis at SC infusion site. Clinical diagnosis - characteristic appearance in a patient with ESRD, needle site, classic pain; biopsy not consistent with goals. Derm (Dr. Pahlavi) reviewed photos and agrees.
P: resite butterfly to R upper chest; non-adherent dressing; increase basal rate 10%.
"""),
("2025-03-04", "Chaplain / Family Support Note", """
Spiritual care visit. Wife sharing memories of their 40 yrs, asked for anointing - arranged w/ parish priest for tomorrow.
Pt responds to voice, squeezed wife's hand. Breathing irregular, mottling of knees and feet.
Sons asking whether "the black spot on his chest" means he is dying faster - RN explained it is part of his kidney disease and is being kept comfortable.
"""),
]}

G07 = {"patient_id": "G07", "age": 70, "sex": "F", "notes": [
("2018-10-12", "Palliative Oncology Consult", """
Pall onc consult - breast CA metastatic to L humerus/scapula, on PD (CAPD) for ESRD from hypertensive nephropathy. Diabetes type 2 - glipizide only, never insulin. BMI 31.8. No blood thinners.
Pt reports icing her L shoulder for bone pain since the spring - gel packs from the freezer, a tea towel between pack and skin, three or four rounds daily, and she has dozed off with them in place.
Since October 3rd: new exquisitely painful area L lateral shoulder over the deltoid, exactly where the ice packs sit. Now 5 x 3 cm firm purple plaque w/ black crust, netted livedo at edge.
Imp: ? calciphylaxis vs cold injury vs skin met. Needs tissue.
Plan: stop ice; scheduled acetaminophen, oxycodone 5 mg q4h prn; radiation onc re-referral for single-fraction palliative RT to humerus; derm bx.
"""),
("2018-10-26", "Dermatology Note", """
L shoulder bx (10/16) reviewed with pt and her partner.
Path: calciphylaxis - circumferential medial calcium in septal small vessels, thrombosis, necrosis of fat. No tumor. No cold-induced panniculitis pattern.
Final dx: calciphylaxis, left shoulder, in the area she iced repeatedly since spring 2018.
Discussed with PD nurse - binders optimized. She asks to focus on comfort at home; PD continues.
"""),
]}

PATIENTS = [G01, G02, G03, G04, G05, G06, G07]
