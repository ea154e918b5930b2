"""probe104 corpus notes, V01-V07 (telehealth video visits and voice-recognition dictations from
nephrology, dialysis and dermatology clinics; all people, places and wording invented)."""

V01 = {"patient_id": "V01", "age": 63, "sex": "F", "notes": [
("2019-04-11", "Nephrology Telehealth Video Visit", """
TELEHEALTH VIDEO VISIT - NEPHROLOGY
Consent for video obtained, pt at home in her kitchen, husband Ray holding the tablet, provider in clinic office.
CC: "a sore on my stomach that wont quit"
HPI: 63 yo F w/ ESKD, in-center HD T/Th/Sa at Birchfield and type two diabetes on Lantus thirty units at bedtime, calling re a painful spot left side of the belly. She says it came up about three weeks ago like a hard knot, now its gone black in the middle, pain nine out of ten, no sleep. she always puts the lantis in the left side of her stomach under the belly button "my good hand reaches that side, ive done it there ever since I started insulin in June 2017". no fever no drainage no pus
Ray turned the camera, area is a dusky purple patch maybe playing card size, dark middle, lacy purple rim, skin looks shiny and tight, hard to judge depth over video
Meds reviewed: lantis, sevelamer, calcium acetate w meals, sensipar. no blood thinners at home
Wt per pt 96 kg after last tuesdays run, BMI 34.1
A/P: painful necrotic looking plaque at her insulin injection sight, worried for calciphylaxis, last phos 7.8 and PTH over nine hundred. urgent derm slot next week, asked her to give the insulin in the right thigh for now, stop the calcium acetate, will talk to the unit about sodium thiosulfate if its confirmed
This note was dictated using voice recognition software, please forgive transcription errors.
"""),
("2019-04-16", "Dermatology Consult Dictation", """
DERMATOLOGY CONSULTATION. Referring provider Dr. Nwosu, nephrology.
63 yo lady, hemodialysis, kidney failure was diabetic, here for a painful lesion of the abdomen, onset late March per pt. Glargine goes only into her LLQ, nearly two years now.
Exam. LLQ abdomen below the umbilicus: stellate retiform purpura seven by five centimeters, centrally a 2 cm stuck-on black eschar, firm indurated border, exquisitely tender. Lots of tiny needle marks and lipohypertrophy right there too. Right abdomen and both thighs clear. No livedo elsewhere.
Assessment. Retiform purpura with necrosis lying squarely within her insulin injection field, dialysis pt with hyperphosphatemia. Highly suggestive of calciphylaxis in a koebnerized pattern.
Procedure. Consent, then deep six mm punch from the firm edge, closed with 4-0 nylon, sent for H and E plus von Kossa.
Plan. Results in 7 to 10 days. Petrolatum and a nonadherent dressing. Pain control per renal. No insulin into the abdomen at all going forward.
"""),
("2019-04-30", "Dermatology Telehealth Follow-up", """
Derm video f/u, pt and husband on the call.
Path back: dermal plus subcutaneous arterioles showing circumferential mural calcification, intimal thickening and fresh thrombus, lobular fat necrosis, calcium lights up on von Kossa. Final dx calciphylaxis.
Went over it with them both, questions answered. Photo today, left lower abdominal eschar same as before, no new spots. she has been doing the Lantus in the right thigh since we saw her.
Wait down a little per her home scale, BMI now 33.6, still in the obese range, we talked about it.
Plan: renal to start sodium thiosulfate each of her three runs, wound clinic referral placed, see her back in four weeks
"""),
]}

V02 = {"patient_id": "V02", "age": 71, "sex": "M", "notes": [
("2020-12-10", "PD Clinic Video Visit", """
Peritoneal dialysis clinic - video visit per pandemic protocol
Spoke with pt and his wife Gloria who did most of the talking. On CCPD nightly, five cycles on the cycler, no peritonitis since 2018, effluent clear.
Wife: "hes got these awful sores across his lower back both sides, they started the day after Thanksgiving, I thought it was a rash from that heating pad". Asked about it, since October he has been sleeping nightly on top of a plug-in heat pad put under the small of his back for his arthritis, set on high, "he lays right on it all night long"
On camera two dark purple plaques either side of the lumbar spine, the left has a black crust, the right one is a purple net pattern. he winces when she touches it
PMH ESRD from IgA nephropathy, a fib on Coumadin goal INR 2 to 3, gout. not diabetic
Assessment new painful purpuric and necrotic plaques of the low back bilaterally PD pt taking warfarin, concerned this is calciphylaxis versus thermal injury. Told them to unplug the heating pad and throw it out. derm this week, ca phos PTH drawn with monthly labs
RN and MD co-signed, voice dictated
"""),
("2020-12-15", "Dermatology Consult Dictation", """
Dictated, not proofread. 71 y.o. man, peritoneal dialysis, warfarin sent over about painful low back lesions which per pt began November 27. He used a heating pad beneath the low back nightly starting October 2020.
Exam: horizontal band on both sides of the lumbar back which the wife says is the same shape as the pad. Left lumbar: 6 cm necrotic plaque, adherent black eschar, violaceous rim. Right lumbar: 5 cm indurated plaque of retiform purpura without ulceration yet. Faint brown reticulate pigment in between, c/w erythema ab igne.
Impression retiform purpura and eschar dialysis pt on warfarin, located in an area of chronic heat exposure. Favor calciphylaxis, ddx warfarin induced necrosis or a thermal burn.
4 mm punch times one from the right lumbar plaque edge, von Kossa requested.
"""),
("2021-01-05", "Nephrology Clinic Dictation", """
Nephrology f/u. Seventy one year old gentleman on CCPD. The skin biopsy of the right low back from 12/15 returned calciphylaxis, calcium deposited in tiny subcutis vessels, clotted too. Both back lesions remain open, left larger than right
Warfarin stopped December eighteenth, now apixaban 2.5 twice daily for the a fib. heating pad gone from the house.
No diabetes, A1c five point four.
Weight 81 kilos, BMI twenty seven point four.
Plan increase PD clearance with an extra day exchange, stop calcium based binder, sodium thiosulfate infusions at the infusion center, wound care RN weekly.
"""),
]}

V03 = {"patient_id": "V03", "age": 58, "sex": "M", "notes": [
("2022-03-01", "Dialysis Unit Rounding Note", """
HD rounds chair 14, voice dictated
58 M ESRD, HD M/W/F, left forearm fistula, DM2 takes glipizide, neurogenic bladder w/ suprapubic catheter placed November 2021 draining into a leg bag. Nurse flagged a painful purple area on the left thigh at hookup. pt says it showed up on Valentines Day "thats how I know, my wife said it was a valentine bruise". He wears the leg bag on the left thigh with both elastic straps cinched down tight "so it dont slide" ever since the catheter went in and he never switches legs
Exam in the chair upper left thigh anterolateral 6 by 4 cm plaque, mottled and violaceous, dusky center, livid netlike rim, sitting exactly under the top strap, you can see the strap groove pressed across it. very tender to light touch
Labs corr calc nine point nine, phos seven point one, PTH eight twelve
Imp ? calciphylaxis at strap pressure site. derm e consult w/ photos. strap loosened and leg bag moved to the right thigh for now
"""),
("2022-03-04", "Teledermatology Video Visit", """
Teledermatology by video, pt home, his daughter helping.
Live video and uploaded photos reviewed. Left anterolateral upper thigh: band shaped zone of retiform purpura and a black eschar two cm in the middle, borders firm on palpation by daughter. The long axis runs horizontally and lines up with the leg bag strap he held up to the camera, elastic with velcro. He dates it to 2/14, constant burning pain since.
Assessment clinically consistent with calciphylaxis, koebnerized to the strap, needs tissue.
Plan in person biopsy next week. No tight straps, a fabric thigh sleeve to hold the bag instead. Pain regimen per renal
"""),
("2022-03-22", "Nephrology Clinic Note", """
Renal clinic follow up
Biopsy from the left thigh on 3/9 shows calcific uremic arteriolopathy, calcium lining the small arterioles of the fat with fat necrosis. Discussed with pt and wife.
DM2 on glipizide only, no insulin ever. never been on warfarin or other anticoagulants
Vitals BP 148/82, BMI twenty seven point eight
Plan STS twenty five grams every HD, switch binder to sevelamer, up the cinacalcet, wound clinic Thursdays. the sleeve has been fine, no new lesions
"""),
]}

V04 = {"patient_id": "V04", "age": 49, "sex": "F", "notes": [
("2023-06-20", "Nephrology Clinic Dictation", """
nephrology clinic, dictation
49 F ESRD from lupus nephritis, on hemodialysis since last fall via R IJ tunneled cath, on the transplant wait list. Had an open appendectomy 03/09/2023 at Saint Brigid's for a perforated appendix, right lower quadrant incision, first abdominal surgery of her life. Incision healed well by April.
She tells me the scar started getting hard and really sore at the beginning of June and now a dark patch has showed up on it.
Exam the curvilinear right lower quadrant scar, mid portion, has 4 cm of firm violaceous induration with a 1 cm dusky gray center right on the scar line. very tender, not draining, not fluctuant, not warm
She took warfarin years ago after a PE in 2015, off it since 2016. no diabetes.
Ht 163 cm Wt 79.7 kg BMI 30.0
Imp dialysis pt w/ necrotic change along a fresh surgical scar, must rule out calciphylaxis, other thoughts wound infection, fat necrosis. derm referral sent
"""),
("2023-06-27", "Dermatology Consult Dictation", """
Dermatology consult for Dr. Feld. 49 year old woman on HD who had her appendix out in March. Exam: right lower quadrant abdominal surgical scar with retiform purpura tracking along the incision over about 5 cm, a central dusky to black area now 1.5 cm, firm subcutaneous induration on either side of the scar. Remainder of skin exam without purpura.
Impression probable calciphylaxis confined to the appendectomy scar, a Koebner type localization. Differential includes suture granuloma with fat necrosis.
Procedure 5 mm punch biopsy at the edge, sent with von Kossa.
"""),
("2023-07-11", "Dermatology Telehealth Follow-up", """
derm telehealth video follow up
pathology reviewed: calcified tiny vessels in the fat plus thrombi and surrounding necrosis, consistent with calciphylaxis. no granuloma.
pt seen on video, she showed the scar, the dark area is a little bigger, pain controlled with low dose hydromorphone. she asks weather the surgery caused it, explained the scar was likely the trigger in someone with her calcium phosphate numbers
BMI thirty per dialysis unit wait
Plan: STS given on her HD days, wound care to the scar locally, back in person in three weeks
"""),
]}

V05 = {"patient_id": "V05", "age": 66, "sex": "F", "notes": [
("2024-06-18", "Dialysis Unit Nursing Note", """
Dialysis nursing note chair 6
pts daughter at chairside today says mom whacked her right shin on the car door Memorial Day getting out at the family cookout, it bled a little and they put a band aid on. Since June tenth theres been a black scab on that exact spot "and she says it hurts worse then anything". Pt nodding, rates pain 8/10
Skin check right anterior lower leg 3 cm black eschar w/ a purple lacy ring, surrounding skin firm. No drainage. Left leg intact
Pt takes coumadin, mechanical mitral valve, INR 3.1 today. diabetic diet controlled. post wt 74.6 kg
Nephrologist notified, derm referral requested
"""),
("2024-06-21", "Dermatology Consult Dictation", """
derm consult dictated
66 yo woman on hemodialysis and warfarin with a painful right pretibial wound. She struck the right shin on a car door on May 27 with a superficial abrasion, and on June 10 a black area appeared within the healing abrasion.
Exam right mid shin: stellate black eschar three and a half cm, retiform purpura round it and woody induration at the rim, exquisitely tender. No cellulitic spread. Pedal pulses present, ABI not done.
Assessment necrosis and retiform purpura where a minor injury was, dialysis pt, on warfarin. Top of the list calciphylaxis, also warfarin necrosis or an infected traumatic ulcer. BMI 29.4.
Plan deep incisional biopsy of the rim today, results to renal.
"""),
("2024-07-09", "Nephrology Clinic Dictation", """
Nephrology clinic note
Biopsy right shin proven calciphylaxis. Warfarin must continue for her mechanical mitral valve per cardiology, INR goal now 2.5-3. started vitamin K 
Diabetes was diet controlled but A1c 8.6 so starting insulin detemir 8 units nightly, teaching done, she will inject the upper arms only, nothing into the legs
Weight up, BMI twenty nine point nine which is overweight but she is not obese
Plan STS every run, calcium carbonate stopped, wound clinic weekly, derm recheck in a month
"""),
]}

V06 = {"patient_id": "V06", "age": 77, "sex": "F", "notes": [
("2025-02-05", "Nephrology Telehealth Video Visit", """
Nephrology video visit, she is at home with her granddaughter Tia who set up the phone
77 year old woman on hemodialysis 3x weekly via a R chest cath, pernicious anemia getting B12 shots monthly from the nurse at the dialysis unit since September 2023, always in the arm. She says the place on her arm where they give the B12 turned into a sore "right around Christmas Eve" and now has a black center. Tia held the phone up, theres a purple star shaped patch with a dark scab on the back of the upper arm, granddaughter says its hot and very sore to touch
no diabetes, no blood thinners. weighs 55 kilos, BMI 22.1
A/P painful necrotic lesion at the B12 injection site in a dialysis pt, calciphylaxis has to be considered, also injection abscess. Derm appointment Monday. hold the B12 shots
"""),
("2025-02-10", "Dermatology Consult Dictation", """
DERMATOLOGY. Seventy seven y/o on HD, has pernicious anemia referred for a painful arm lesion at the spot used for her monthly cyanocobalamin injections, onset December twenty fourth.
Exam. Posterior upper arm at the injection site, 4 x 3 cm retiform stellate purpura with a black eschar one and a half cm in the middle, surrounding induration, no fluctuance. No other lesions on a full skin exam.
Assessment. Probable calciphylaxis arising at an injection site. Abscess unlikely, no fluctuance.
Procedure. 4 mm punch, edge of the lesion, von Kossa requested. Hemostasis with pressure.
"""),
("2025-02-24", "Dermatology Follow-up Dictation", """
derm follow up
biopsy shows calciphylaxis, subcutaneous arterioles with medial calcium and microthrombi. reviewed with pt and granddaughter
the upper arm eschar is stable, edges dry. B12 switched to oral tablets, no more injections
plan sodium thiosulfate per nephrology, foam dressing, return 4 weeks
"""),
]}

V07 = {"patient_id": "V07", "age": 60, "sex": "M", "notes": [
("2021-09-14", "PD Clinic Dictation", """
PD clinic, dictated
60 M CCPD, kidney failure from his sugar diabetes, type two on NPH insulin twice daily into the abdomen, morbid obesity BMI 41.3, bad osteoarthritis of both knees. He has had sores on both knees since the spring that he thought were from kneeling. Both knees get frozen gel packs 3-4 x daily and has done that since 2019, he says sometimes he falls asleep with them on.
Exam: right anterior knee 3 cm black eschar, left anterior knee 4 cm purple plaque with a net like border and a smaller eschar at the center. both are very tender
No warfarin
Imp bilateral knee necrotic lesions in a PD pt w/ long standing cold exposure, worried about calciphylaxis. Video derm visit arranged, stop the ice
"""),
("2021-09-20", "Dermatology Video Visit", """
derm video visit, pt at home
bilateral anterior knees: right with a 3 cm eschar, left with a 4 cm retiform purpuric plaque, necrotic centrally, both within the area where he lays the gel packs. pt says both began this spring, he cant give a month. pain 9/10
Impression: suspect calciphylaxis koebnerized to chronic cold exposure. ddx frostbite type cold injury, pressure ulcers from kneeling (he says he rarely kneels now)
Plan: in office biopsy of the left knee plaque
"""),
("2021-10-12", "Dermatology Clinic Dictation", """
dermatology clinic note
biopsy left knee 9/28: calciphylaxis, calcific small vessel walls and clot in the subcutis, overlying epidermal necrosis. discussed. lesions on both knees are the same process clinically.
He has stopped the ice packs he has used on both knees since 2019. NPH continues into the abdomen, no abdominal lesions.
Plan thiosulfate with PD team, wound care to both knees, follow up 2 weeks
"""),
]}

PATIENTS = [V01, V02, V03, V04, V05, V06, V07]
