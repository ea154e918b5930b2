"""probe52 corpus notes, C01-C07 (nursing home and geriatric care; all invented)."""

C01 = {"patient_id": "C01", "age": 79, "sex": "F", "notes": [
("2019-11-18", "MDS Quarterly Review / Skin Bundle", """
MDS 3.0 QUARTERLY - Heronsgate Care Home, Willow wing
Section M (skin conditions):
 M0210 unhealed pressure ulcers: 0
 M1040 other skin problems: [x] other open lesion - see narrative
Narrative: Resident (Mrs Edna Pilbeam) has a hard, exquisitely tender patch on her L lower abdomen, just left of the navel and below it, ~4 x 5 cm, dusky plum colour with a netlike border and a small black scab in the middle. Carer on nights says it appeared a fortnight ago as a "bruise that went hard".
That quadrant is where staff have been giving her Lantus + Novorapid since admission on 03/06/2019 - MAR site log shows LLQ used almost every time (R side avoided as she has the PD cath exit there).
Kidneys: ESRF, on CAPD, bags done by the visiting renal nurse + trained staff.
Wt 84.9 kg BMI 33.5 (obese).
Action: injections moved to thighs from today, GP to review on Weds round, photo taken & uploaded.
"""),
("2019-11-20", "GP Ward Round", """
Ward round Heronsgate - Dr F. Amadi
Edna, 79. Seen with senior carer Josie.
Background: ESKD on peritoneal dialysis since 2017, insulin-treated type 2 diabetes, OA knees, no anticoagulant (never on warfarin, checked with pharmacy).
Complains of severe burning pain L side of tummy, keeps her awake despite paracetamol.
O/E afebrile. Left lower quadrant: firm violaceous plaque w/ livedoid edge + 8mm central eschar, sits squarely within the documented insulin injection zone. No fluctuance. PD exit site R side clean.
Imp: calciphylaxis high on my list (insulin site, PD pt); other possibilities lipohypertrophy w/ haematoma, cellulitis (no warmth/fever).
Plan: urgent renal + derm. Stop injecting anywhere on the abdomen. Pain - add low dose gabapentin (renal dose), review in 1/52.
"""),
("2019-12-02", "Dermatology Clinic Letter", """
Dear Dr Amadi
Re: Mrs Edna Pilbeam, DOB 1940, Heronsgate Care Home
I saw Mrs Pilbeam on 28 November with her key worker. The left lower abdominal plaque measures 5 x 5.5 cm now, with a firm black centre. Incisional biopsy from the edge shows calcium laid down in arteriolar walls of the fat, intimal thickening and necrotic fat; these findings establish calciphylaxis (calcific uraemic arteriolopathy). It lies precisely over the skin used for her insulin from early June onwards, and I think the repeated needle trauma explains the location.
She has lost some weight (now 81 kg, BMI 31.0). Renal colleagues are starting IV sodium thiosulfate with her exchanges reviewed. Please keep all injections off the trunk.
Kind regards
Dr Priya Lennox, Consultant Dermatologist
"""),
]}

C02 = {"patient_id": "C02", "age": 86, "sex": "M", "notes": [
("2020-12-29", "Nursing Progress Note", """
Nights -> days handover note, Rm 4 (Mr Walter Grice)
Walter c/o "my bad knee is on fire". R knee, front and inner side: mottled purple area approx 6 cm across, centre gone dark and leathery. States it first hurt on Christmas Eve and he assumed it was his arthritis.
He has been using a microwaveable wheat bag on that knee most evenings since October, heated by his son at visits and then by staff on request. Wheat bag removed from room - not on approved list, burns risk.
PMH: ESRD - peritoneal dialysis (overnight cycler), AF previously on warfarin, changed to apixaban this autumn. No diabetes.
Obs stable. BMI 27.2.
Plan: GP asked to see, dressing (non-adherent) applied, pain score 7/10 - PRN given.
"""),
("2021-01-04", "Family Phone Update", """
Telephone call - son (Gary Grice, NOK)
Updated Gary re dad's knee. He was upset, said the wheat bag was his idea "because the knee was so stiff in the cold" and he warmed it every visit from the end of October. Explained that GP has referred to skin specialist and the renal team are aware. Gary asked whether it is a burn - explained the doctors are not sure yet and a small sample of skin may be taken.
Gary agrees with plan. Will ring him after clinic. (RN M. Okonjo)
"""),
("2021-01-12", "Dermatology Teleconsultation", """
Video consult with care home (RN present), photos reviewed.
86M on APD, AF (warfarin until Sept 2020, now apixaban), BMI 27.2.
Right knee: stellate eschar ~3 cm surrounded by retiform purpura and firm indurated skin, medial and anterior. Onset 24/12/2020.
Punch biopsy done by visiting derm nurse 07/01/2021: medial calcium within subcutaneous small vessels plus thrombi, von Kossa stain positive. This is calciphylaxis. It has developed on the exact patch he had been warming with a heated wheat bag since October 2020, which I believe was the local trigger (thermal injury).
Rec: no heat sources to skin, thiosulfate (PD team to arrange), input from the pain service, dressings as per TVN.
"""),
]}

C03 = {"patient_id": "C03", "age": 82, "sex": "F", "notes": [
("2021-03-02", "Falls Log", """
FALLS LOG entry #14/21 - Oakmere Nursing Home
Date/time: 02/03/2021 06:40. Location: ensuite.
Resident: Mrs Beryl Ashworth. Found sitting on floor beside toilet, unwitnessed. Says she "slid down". No head strike. Small graze R kneecap (cleaned, steristrip not needed), no other marks, no shortening/rotation, full ROM, weight bearing with frame.
Obs: BP 118/64 P 82. GP informed. Post-fall obs 24h.
Actions: sensor mat, hip protector pants (padded, L and R shells) to be fitted - OT to bring pair Thurs. Family informed.
"""),
("2021-05-20", "Skin Bundle / SSKIN Review", """
SSKIN bundle - weekly review
S - Surface: pressure-redistributing mattress, checked.
S - Skin inspection: NEW - L lateral hip, directly where the hard shell of her hip protector presses: an indurated violet-coloured lesion measuring 5x3cm with lacework purple margin and a 1 cm black centre. Beryl reports it began as a sore lump 3 weeks ago. Very painful on touch, she won't lie on that side.
K - Keep moving: 2-hourly turns, now R side + back only.
I - Incontinence: pads, skin intact perineum.
N - Nutrition: eating 50%; wt 79.3kg, BMI 30.0.
Other: HD Tuesdays, Thursdays and Saturdays (ESRD), T2DM on gliclazide (not on insulin), takes apixaban - no warfarin.
Protector pants stopped. GP + TVN referral.
"""),
("2021-05-27", "GP Ward Round", """
GP review - Oakmere (Dr Halloran)
Biopsy taken by derm on 24/5 - results back today: calciphylaxis confirmed (thrombosed, calcified arterioles within the subcutaneous fat).
Site: left lateral hip overlying the protector shell, which she had worn constantly since 4 March 2021 after her fall. I agree the hard pad is the likely provoking pressure.
Obese (BMI 30.0), HD dependent. Plan as per renal: thiosulfate on dialysis, cinacalcet review, soft hip protector alternative not to be used for now. DNACPR already in place, discussed with daughter.
"""),
]}

C04 = {"patient_id": "C04", "age": 88, "sex": "M", "notes": [
("2023-02-10", "Post-op Wound Check", """
Nurse wound check - Birchfield Lodge
Mr Cyril Dunmore. Day 2 after excision of nodular BCC from L shin (anterior, mid-calf) by plastics on 08/02/2023, 9 sutures.
Wound edges opposed, small ooze, no signs of infection. Dressing changed. STR planned day 12-14.
PMH: ESRD on HD x3/wk, T2DM - basal insulin once daily, ex-warfarin (stopped following GI bleed in 2020). BMI 29.6.
"""),
("2023-03-21", "Nursing Progress Note", """
Cyril's BCC scar (L lower leg, front) has broken down. Sutures were out on 20/02 with the wound healed, but from early March he has been complaining of pain there and staff noticed the skin round the scar going purple/black. Today: 4cm necrotic patch along and either side of the scar line with surrounding firm purplish mottling. Exquisitely tender. No discharge, no smell.
Informed GP, photo sent to derm + renal unit. Leg elevated on pillow. Legs otherwise: dry skin, R shin intact.
"""),
("2023-04-03", "Dermatology Letter", """
Dear colleague,
Cyril Dunmore, 88, was reviewed today. He has a necrotic, very painful ulcer, retiform purpura around it, centred on his recent BCC excision scar, left anterior shin. Onset early March 2023, approximately three to four weeks after the operation on 8 February.
Deep incisional biopsy: extensive calcium deposition in subcutaneous small vessels and septal panniculitis. Diagnosis: calciphylaxis, arising in a surgical scar (Koebner-type localisation).
Relevant: haemodialysis, insulin-treated diabetes, prior warfarin (stopped 2020). BMI 29.6 - overweight, not obese.
Plan: thiosulfate on HD days; TVN for the wound; palliative care input for pain, and further surgery to the leg avoided.
Dr H. Sabatini
"""),
]}

C05 = {"patient_id": "C05", "age": 74, "sex": "F", "notes": [
("2022-04-18", "Falls Log", """
FALL REPORT - Greyfriars Court
Resident Mrs Ines Kowalczyk, 74.
Fell yesterday (Easter Sunday) approx 15:30 in the lounge when getting up from the armchair - landed on her bottom on the left side. Seen by nurse in charge, no LOC, no hip pain on rotation. Today: large bruise over L buttock, 8 x 6 cm, skin intact.
On warfarin (metallic MVR) - INR checked 3.1, GP aware. On HD Mon/Wed/Fri via R arm fistula.
Plan: head/neuro obs completed, physio to review transfers, falls care plan updated.
"""),
("2022-05-06", "Turning Chart / Skin Note", """
Repositioning chart note 06/05 - 14:00
Resident turned R side. Noted on L buttock where the fall bruise was: bruise had faded but now a very hard, painful purple area with a stellate black centre roughly 3 cm, surrounded by net-like darker purple skin. Per the day staff this started on 02/05/2022 - she screamed when they washed her.
Not a pressure ulcer pattern (not over bony prominence, not blanching). Informed NIC. GP visit booked. Keep off L side.
BMI 22.4. No diabetes.
"""),
("2022-05-16", "Renal Outreach Note", """
Renal outreach visit to Greyfriars Court
74F, ESRD on haemodialysis, mechanical mitral valve so anticoagulated with warfarin (aiming INR 3), nondiabetic, BMI 22.4.
Left buttock: 5cm indurated plaque, central eschar, livedo racemosa at the margin. Onset 2 May, about two weeks after a fall onto that buttock at Easter (17/04/2022) which caused a large bruise in the same place.
Derm biopsy 11/05 confirms calciphylaxis. Warfarin likely contributory - discussed with cardiology re switching anticoagulant (not straightforward with mechanical valve). Starting STS 3x weekly post HD.
"""),
]}

C06 = {"patient_id": "C06", "age": 77, "sex": "F", "notes": [
("2024-09-10", "Care Home Admission Assessment", """
PRE-ADMISSION / ADMISSION ASSESSMENT - Linden House
Name: Mrs Rosalind Achterberg  Age 77  From: own home (husband died in July)
Diagnoses: end stage kidney disease on PD (CCPD nightly), type 2 DM (diet + sitagliptin, no insulin), severe osteoporosis w/ 2 vertebral fractures - daily teriparatide pen, self-injects into her right thigh ("always the same leg, it's the one I can reach").
Skin: painful dark crusted wound, R front of thigh, ~3 cm, with mottled purple skin around. Daughter says it began in August. Dressing in situ from district nurse.
Mobility: frame, 1 assist. Continence: independent. Weight 97 kg, height 1.64 m, BMI 36.1.
Allergies: NKDA. Anticoagulants: none.
"""),
("2024-09-12", "GP Ward Round", """
Dr Mensah - new resident review.
Rosalind, 77, obese (BMI 36.1), PD. Pain in R thigh 9/10.
Exam: R anterior thigh - 4x3cm black eschar with surrounding livedoid violaceous induration; this is her teriparatide injection site, which she has used since starting the pen last spring. No cellulitis.
Impression: likely calciphylaxis - urgent derm/renal opinion. Teriparatide held. Morphine not suitable - oxycodone low dose.
ACP: she wants active treatment for now, would not want CPR. Documented on ReSPECT form.
"""),
("2024-09-30", "Dermatology Outpatient Letter", """
Diagnosis: calciphylaxis, right anterior thigh, biopsy-confirmed (4mm punch 19/09/2024: medial calcification, thrombosis, fat necrosis).
Mrs Achterberg reports the lesion started in August 2024. It sits over the spot she has injected teriparatide into daily since spring 2024. Repeated injection trauma is the likely reason for this location.
Plan: teriparatide permanently stopped (endocrine informed), STS with the PD team, wound care.
"""),
]}

C07 = {"patient_id": "C07", "age": 90, "sex": "F", "notes": [
("2019-01-09", "Nursing Progress Note", """
Day shift - Mrs Gwendolyn Tarrant (Rm 22)
Both calves have painful purplish-black patches on the backs, L slightly larger (5cm) than R (4cm), with lacy purple skin round them and hard to touch. Gwen says they came up 2 weeks ago. Since Bonfire Night, every night, she has taken a stone hot water bottle to bed "between my legs to keep my calves warm" (her own, from home). Bottle removed, family to be told.
PMH: ESRD, HD Tues/Thurs/Sat. T2DM on linagliptin. BMI 28.4.
"""),
("2019-01-10", "Family Phone Update", """
Phoned daughter Carol re mum's legs. Carol confirms mum always used a hot water bottle and she brought the stone one in on 5th Nov as mum was cold at night. Explained skin damage, GP review arranged, possibly referral to skin doctors at the hospital. Carol happy for us to take the bottle home. Asked about mum's blood sugars - explained GP is considering insulin as sugars have been high.
"""),
("2019-01-22", "Dermatology Consultation", """
Domiciliary dermatology visit
90F, HD, diabetes. Posterior calves bilaterally: necrotic plaques with retiform purpura, L 5.5 cm, R 4 cm. Onset around 26/12/2018.
Biopsy L calf (15/01/2019): calcified subcutaneous arterioles with thrombosis - calciphylaxis.
She had a stone hot water bottle against both calves every night from 5 November 2018; I consider this repeated thermal exposure the trigger for the site.
Note: GP has started insulin (Levemir 6 units mane) this week for poor glycaemic control. BMI 28.4, no warfarin.
"""),
]}

PATIENTS = [C01, C02, C03, C04, C05, C06, C07]
