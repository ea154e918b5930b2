"""probe55 corpus notes, O01-O07 (primary care and family medicine; all invented)."""

O01 = {"patient_id": "O01", "age": 58, "sex": "F", "notes": [
("2019-05-02", "Telephone Encounter", """
TE - pt called triage line 10:42
Caller: Rosalind Pettigrew (self). DOB on file.
CC: "dark sore spot" L side of belly, lower down, where she does her Lantus. States it showed up about 10 days ago, started as a tender knot, now has a black middle the size of a dime. Pain 8/10, worst at night. Has been putting Neosporin + a bandaid on it. No fever/chills.
HD pt (MWF, Riverbend Dialysis). Told dialysis RN Sat, they said see PCP.
Triage disp: seen tomorrow AM w/ Dr. Vasquez-Lindgren. Advised not to inject into that area in the meantime. Pt verbalized understanding. -- M. Trent, LPN
"""),
("2019-05-03", "Office Visit - SOAP", """
S: 58F here for painful lesion LLQ abd. Onset ~4/22 per pt (see TE yesterday). Uses insulin glargine 30u qHS and lispro SSI w/ meals; admits she "always" sticks to the left lower belly b/c it hurts less there, has done so since she went on insulin in Jan 2017. No trauma otherwise. Not on coumadin.
PMH: ESRD (diabetic kidney dz), HD started 2015; T2DM; HTN; secondary hyperPTH; obesity.
Meds: glargine, lispro, sevelamer 800 tid, cinacalcet 30, calcitriol, amlodipine 10, atorvastatin 40.
O: BP 148/82 P 88 T 98.4. Weight 91.2kg; BMI 33.8.
Skin: LLQ, in the middle of her usual injection area -> 35x25mm woody purple plaque, black eschar ~1cm in its middle, retiform purpura at the margin, exquisitely TTP. Multiple small lipohypertrophy bumps in same quadrant. R abd, thighs, arms clear.
A/P:
1. Necrotic plaque LLQ at insulin inj site, ESRD on HD - high suspicion calciphylaxis. Ddx abscess (no fluctuance), lipohypertrophy w/ necrosis. -> urgent derm referral (Dr. Okonkwo-Halley), called office, seen 5/10. Notified nephrology.
2. Insulin: rotate to R abd / upper arms only, reviewed technique.
3. Pain: APAP 1 g tid; tramadol 50 mg q12h prn (renally dosed). f/u 2 wk.
"""),
("2019-05-20", "Consult Letter - Dermatology", """
Riverside Dermatology Associates
May 20, 2019
Dr. Ines Vasquez-Lindgren, Family Medicine
RE: Rosalind Pettigrew

Dear Dr. Vasquez-Lindgren,
Thank you for referring Ms. Pettigrew. I saw her 05/10/2019. The eschar-topped plaque of the left lower quadrant is now 4 cm and there are two new satellite purpuric macules next to it. A deep incisional specimen from the edge: calcium encrusting the tiny vessels of the fat, clot in several of them, necrotic lobules, von Kossa positive. Diagnosis: calciphylaxis, located on exactly the patch she has used for insulin since early 2017.
I discussed sodium thiosulfate with her nephrologist (Dr. Bhattarai), it will be given at the end of each HD run. Wound care: hydrogel + foam; please avoid adhesive tape on her skin. Insulin must stay out of the left abdomen. Follow up with me in 3 weeks.
Sincerely,
Harriet Okonkwo-Halley, MD
"""),
]}

O02 = {"patient_id": "O02", "age": 71, "sex": "M", "notes": [
("2021-02-10", "Office Visit - SOAP", """
SUBJECTIVE: 71 yo M, lower back pain R > L x ~6 wk, no radiation, no bowel/bladder change. Was shoveling the drive before Christmas. Gets relief from an electric heating pad he lies on every night, positioned over the right half of his low back; has used it since Christmas Day ("my wife's present to me"). Keeps it on medium; often dozes off w/ it still running.
PMH: ESRD - home PD, cycler overnight (CCPD), since 2018; paroxysmal AF on warfarin, INR goals 2-3; gout. No diabetes (A1c 5.4 last fall).
OBJECTIVE: Afebrile. BMI 27.1. Paraspinal ttp R L4-5, SLR neg. Skin over R low back: faint reticulated pink-brown mottling, no break in skin, not tender.
ASSESSMENT: Mechanical LBP. Early erythema ab igne (heating pad).
PLAN: Stop the heating pad / use no more than 20 min w/ a towel. PT referral. APAP. No NSAIDs (ESRD). RTC 4-6 wk.
"""),
("2021-03-04", "Office Visit - SOAP", """
S: Back for f/u, earlier than planned. Wife reports he did NOT stop the heating pad. On 2/26 he noticed a "deep bruise" on the R low back exactly where the pad sits, now turned black and is agonizing, can't lie on his back. Denies fall.
O: Vitals ok. R lumbar region: 6x4cm hard stellate purpura with a central black necrotic area 2 x 2 cm, surrounded by livedo. Lesion lies in the middle of the mottled heat-exposed patch. L side of back intact. INR today 3.4.
A: Necrotic plaque R low back; PD, warfarin, chronic heat exposure - calciphylaxis vs warfarin-related skin necrosis vs thermal burn. 
P: Called Dr. Szabo (nephrology) - she will see him Monday and arrange biopsy. Heating pad removed from home. Holding warfarin pending nephro/cardio input. Oxycodone 2.5mg every 6 hr as needed, #20.
"""),
("2021-03-22", "Consult Letter - Nephrology", """
Lakeshore Kidney Care
Re: Mr. Walter Dunleavy   DOB xx/xx/1949
Dear Dr. Kaminski,
Thanks for sending Walter over. The punch bx I took from his R low back on 3/8 came back as calciphylaxis - calcium in the media of the small arterioles of the dermis and fat, intimal thickening, necrotic fat lobules. Nothing pointed to warfarin necrosis or a simple burn. This sits squarely in the area where he'd been lying on a heating pad every night since December 25, and I'd consider the heat the local trigger.
Changes: warfarin stopped, switched to apixaban 2.5mg BID (cardiology agreed). Ca-based binder discontinued, now on lanthanum. IV sodium thiosulfate started via temporary HD line in addition to PD. Wound clinic Tues.
Best,
Agnes Szabo, MD, Nephrology
"""),
]}

O03 = {"patient_id": "O03", "age": 64, "sex": "F", "notes": [
("2022-08-15", "Telephone Encounter", """
Phone note - med refill request
Pt requests refill of tramadol for R knee OA, says the hinged brace ortho gave her in early June helps but the top strap "digs in" and she's wearing it all day to get around the house. Pt on HD TTS at Glenmoor. Informed tramadol needs appt, offered Thurs. Refill of Humalog/Basaglar pens sent.
Cleo Ambrose, CMA
"""),
("2022-09-06", "Office Visit - SOAP", """
CC: painful spot R knee

HPI: 64 y.o. F; insulin-treated DM2, HD-dependent ESRD, BMI 41.3 - morbidly obese. Brace for R knee OA worn daily since June 2022. 3 wks ago pt first saw a purple, lacy, very painful area on the inner side of the R knee, right under the upper strap of the brace; since then a dark crust formed. No fevers, no trauma. L knee fine.

ROS neg except above.

Exam: R medial knee just above joint line - 5x3cm star-shaped purple plaque, gray-black centre, hard to palpation, livedo around it matching the band of the strap. L knee: no lesions. Pedal pulses 1+ bilat.

Assessment/Plan:
#Painful necrotic plaque R medial knee - ?calciphylaxis, r/o vasculitis, r/o pressure necrosis. Derm referral urgent. Advised to stop the brace. CBC, CMP, PTH, Phos.
#DM2 - A1c 7.9, cont basal/bolus insulin.
#OA - tramadol 50 daily prn.
"""),
("2022-09-28", "Consult Letter - Dermatology", """
Dear Dr. Prewitt,
Thank you for your kind referral of Mrs. Yolanda Gatsby-Moore. I reviewed her on 9/20. The lesion on her right medial knee is a retiform, necrotic plaque with an overlying thin eschar, in a strip that corresponds exactly to where the strap of her hinged brace pressed against the skin. Telescoping punch bx result: calciphylaxis, with arteriolar calcium deposits in the fat, microthrombi and panniculitis. We believe chronic pressure from the brace localized the disease.
Recs: no brace, pillows for offloading, sodium thiosulfate via HD (spoke with her renal team), daily wound care with petrolatum gauze. Weight today 114 kg.
With best regards,
Dr. Farah Quist, Dermatology
"""),
]}

O04 = {"patient_id": "O04", "age": 55, "sex": "M", "notes": [
("2020-06-11", "Procedure Note - Office", """
PROCEDURE: Excision, subcutaneous lipoma, R flank
Indication: enlarging, tender 3 cm soft mass R flank x 2 yr, pt wants it out.
Consent signed. Time out. Chlorhexidine prep. Local: lidocaine 1% with epinephrine, 6 ml. 4 cm elliptical incision along skin lines, lipoma shelled out intact, sent to path. Hemostasis w/ cautery. Closed w/ 4-0 nylon interrupted x 6. EBL minimal. Tolerated well.
Hx notable for ESRD on in-center hemodialysis (Tu/Th/Sat), BMI 30.0, no diabetes. Was on coumadin 2015-16 for a provoked DVT, none since.
Suture removal 10-14 d.
"""),
("2020-07-09", "Office Visit - SOAP", """
Subjective
55M 4 wk s/p lipoma excision R flank (6/11/20), sutures out 6/23 - healed fine then. Around the 4th of July he noticed the scar got dusky and "burning" and since then a black scab has spread along the incision line. Pain keeps him up. Wife has been putting honey and aloe on it.
Objective
T 99.0. R flank: 5 cm linear incision scar with surrounding 7 x 4 cm purple-black indurated area, central firm eschar, livedoid rim; no drainage, no fluctuance. Path from 6/11: benign lipoma.
Assessment
Necrosis along healed lipoma incision R flank. Doubt wound infection; calciphylaxis worry given HD.
Plan
- Gen surg + derm referral letters sent today. Doxycycline 100 bid x 7 d empirically.
- Stop honey (sugar/contamination), saline cleaning, nonadherent dressing.
"""),
("2020-07-30", "Consult Letter - General Surgery", """
Dear Dr. Haverford,
RE: Desmond Achterberg
I saw Mr. Achterberg in clinic on July 24. The black eschar now extends the full length of his right flank excision scar with surrounding induration. I took a wedge biopsy from the edge: pathology confirms calciphylaxis (vascular calcification in subcutaneous fat, thrombosis, necrosis); cultures grew skin flora only. The onset a few weeks after the surgery, precisely within the incision, is in keeping with a procedure-triggered lesion.
We've planned sharp debridement in the OR next week, and I've written to his nephrologist re: thiosulfate and binders.
Kind regards,
Peter Lisowski, MD FACS
"""),
]}

O05 = {"patient_id": "O05", "age": 49, "sex": "F", "notes": [
("2023-07-06", "Urgent Visit - SOAP", """
S: 49 yo F bitten by neighbor's dog (vaccinated, per owner) at the block party on the 4th of July. Bite is to the L posterior calf, 2 puncture marks, bled a little. Washed w/ soap, used hydrogen peroxide. Here b/c it's sore and red.
PMH: ESRD, does CAPD x4 exchanges daily since 2021 for IgA nephropathy. No DM. No blood thinners. Last Td > 10 yr.
O: BMI 24.3. L posterior calf: 2 superficial punctures 3 mm apart w/ 2 cm surrounding erythema, no purulence, no crepitus. Distal neurovasc intact.
A: Dog bite L calf, low-risk.
P: Irrigated. Augmentin renally dosed x 5 d. Tdap IM given R deltoid today. Wound check prn. Animal control report filed by staff.
"""),
("2023-08-01", "Telephone Encounter", """
Telephone encounter
Pt called: dog bite on L leg "was healing then went bad." Since 7/24 the area around it went dark purple, then black, and is more painful than the bite itself was, 9/10, can't sleep. No fever. PD effluent clear.
Per Dr. Sandoval: needs to be seen today, appt 3:40 pm added; if can't come, go to ED.
-- Yvette, RN
ADDENDUM 16:20 seen by Dr. Sandoval - necrotic plaque 4x3cm w/ retiform purpura centered on healed puncture sites L posterior calf. Concern for calciphylaxis in PD pt. STAT derm referral, spoke to Dr. Ferrante.
"""),
("2023-08-17", "Consult Letter - Dermatology", """
Re: Ms. Natalia Obregon-Fisk
Dear Dr. Sandoval,
I saw Natalia on 8/4 and again today with pathology. The left posterior calf plaque has a firm black eschar 2.5 cm sitting precisely on the dog bite scars, with retiform purpura and exquisite tenderness. Biopsy: calciphylaxis (von Kossa lights up calcium lining tiny subcutaneous vessel walls; fibrin thrombi too). No evidence of ongoing infection. The bite on July 4 would be the local trigger.
Her PD team is arranging thiosulfate, and she is off calcium carbonate. Please continue pain management; I'll see her again in 2 weeks.
Warm regards,
Lucia Ferrante, DO
"""),
]}

O06 = {"patient_id": "O06", "age": 77, "sex": "M", "notes": [
("2018-10-29", "Nurse Visit - Injection", """
NURSE VISIT: monthly vit B12 (cyanocobalamin 1000 mcg IM)
Pt usually gets this in the L upper arm (getting it there monthly since March 2018). Today pt refused L side - reports a "hard, sore, purple lump" in the L upper arm since mid-October, showed me: approx 3 cm firm violaceous area with small dark center, lat upper arm. Dose given R deltoid instead, tolerated. Lot # on MAR.
Notified Dr. Ruiz - will see pt Fri.
K. Delacroix, RN
"""),
("2018-11-02", "Office Visit - SOAP", """
S) 77M, pernicious anemia on monthly B12 shots, ESRD - dialyzes MWF through a R forearm AVF (not L, corrected). Mechanical AVR on warfarin. A1c 6.1 = prediabetes, diet only. c/o painful lump L lat upper arm since mid-Oct, getting worse, now can't lift arm to comb hair. Denies fall/bump.
O) BMI 28.4. L lateral upper arm mid-deltoid insertion: 4x3.5cm indurated plaque, central 1 cm black eschar, surrounding netlike purpura; extremely tender. R arm: injection site from Mon clean. INR 2.7.
A) Necrotic plaque at B12 injection site - ? calciphylaxis (ESRD, warfarin) vs injection site abscess vs warfarin skin necrosis.
P) Referral to derm (Dr. Nwachukwu) + nephrology. US of arm: no abscess cavity. B12 to be switched to oral 1000 mcg daily. f/u 1 wk.
"""),
("2018-11-26", "Consult Letter - Dermatology", """
Northfield Dermatology
Dear Dr. Ruiz,
Re: Mr. Augustin Pelletier
Many thanks for referring this gentleman with a painful left upper arm plaque. Examination on 11/14 showed a 5cm indurated purpuric plaque capped by a black eschar on the lateral left upper arm, at the site used for his monthly intramuscular B12. Incisional biopsy reads calciphylaxis (calcified small arteries, occluding thrombi, panniculitis). I agree with switching B12 to oral. Given his mechanical valve, warfarin will have to be discussed with cardiology; apixaban isn't an option for him. Renal team aware and will start thiosulfate.
Yours sincerely,
Obiageli Nwachukwu, MD
"""),
]}

O07 = {"patient_id": "O07", "age": 69, "sex": "F", "notes": [
("2024-12-03", "Office Visit - SOAP", """
S: 69F w/ L ankle pain, OA per xray 2023. She's been putting ice packs on the lateral L ankle 3-4x/day since around Thanksgiving, says it helps more than anything.
PMH: ESRD, in-center HD (MWF). T2DM on linagliptin, not on insulin. Obesity (BMI 31.5). HTN.
O: L lat malleolus mild swelling, no warmth, ROM ok. Skin intact, slight redness from cold.
A/P: L ankle OA. Xray. Tylenol. Discussed icing: limit 15 min w/ cloth barrier. RTC prn.
"""),
("2025-01-13", "Office Visit - SOAP", """
S: Came in with daughter. Since 01/06/2025 the outer L ankle has a painful purplish patch that became an open sore w/ black base. It's where she keeps the ice pack. Kept icing it until last week. 10/10 pain. Daughter tried a home remedy of turmeric paste.
O: Wt 82 kg, BMI 29.8 (down from Dec). L lateral ankle, over/just above malleolus: ulcer 3x2.5cm, adherent black eschar, stellate violaceous border and livedo extending onto the lower leg. DP/PT pulses doppler-able. R ankle normal.
A: L lateral ankle necrotic ulcer at cold-exposure site in HD pt - calciphylaxis strongly suspected; ddx arterial ulcer, frostbite.
P: ABI ordered. Urgent derm + vascular referral. Stop ice and turmeric. Xeroform + gauze.
"""),
("2025-02-03", "Consult Letter - Dermatology", """
To: Dr. Marisol Abernathy, Family Medicine, Cedar Hollow Clinic
From: Dr. Ravi Talbot, Dermatology
Date: 02/03/2025
Re: Mrs. Geraldine Pokorny

Thank you for referring Mrs. Pokorny. ABIs were 0.95 on the left, so this isn't primarily ischemic. Biopsy of her left lateral ankle ulcer (1/21) demonstrates calciphylaxis - ring-like calcium in subcutaneous arteriolar walls, thrombosed lumina, septal panniculitis. The ulcer sits in the area she iced many times daily from late November onward, and I think the repeated cold injury was the local trigger.
Plan: STS with dialysis, phosphate control, wound care clinic referral. No further ice or heat to the legs.
Regards, R. Talbot MD
"""),
]}

PATIENTS = [O01, O02, O03, O04, O05, O06, O07]
